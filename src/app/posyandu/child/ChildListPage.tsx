import { useDeferredValue, useMemo, useState } from 'react';
import { IonButton } from '@ionic/react';
import { useNavigate } from 'react-router-dom';
import { completedMonths } from '../../../domain';
import { localToday, searchChildren } from '../../../data/posyandu';
import { useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { usePosyandu } from '../store';

const SHOWN = 100;

/** Register of babies and balita (001 Pasal 86 ayat 3 huruf c), searched in memory. */
export default function ChildListPage() {
  const t = useT();
  return (
    <PageShell title={t('posyandu.home.balita')}>
      <Body />
    </PageShell>
  );
}

function Body() {
  const t = useT();
  const navigate = useNavigate();
  const { reg } = usePosyandu();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q);
  const found = useMemo(() => (reg ? searchChildren(reg.children, query) : []), [reg, query]);
  const today = localToday();
  if (!reg) return null;
  return (
    <>
      <IonButton expand="block" onClick={() => navigate('/posyandu/anak/baru')}>{t('posyandu.child.new')}</IonButton>
      <input type="search" aria-label={t('posyandu.day.search')} placeholder={t('posyandu.day.search')} value={q}
        onChange={(e) => setQ(e.target.value)} style={{ width: '100%', fontSize: '1.1rem', padding: 8, boxSizing: 'border-box' }} />
      <p className="pd-muted">{t('posyandu.list.count', { n: found.length, total: reg.children.length })}</p>
      <ul className="pd-list">
        {found.slice(0, SHOWN).map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => navigate(`/posyandu/anak/${c.id}`)}>
              <span>{c.data.name} <span className="pd-muted">· {c.data.sex} · {c.data.motherName ?? ''}</span></span>
              <span className="pd-muted">{t('posyandu.child.ageMonths', { m: Math.max(0, completedMonths(c.data.birthDate, today)) })}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
