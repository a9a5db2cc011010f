import { useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { searchHouseholds, searchPeople, type Register } from '../../../data/rt';
import { formatDate, useLang, useT, type MessageKey } from '../../i18n';
import { CheckField } from '../ui/Field';

const SHOW = 30;

/** One box finds people and households by name, NIK or No. KK; everything is filtered in memory. */
export function RegisterSearch({ reg }: { reg: Register }) {
  const t = useT();
  const lang = useLang((s) => s.lang);
  const [q, setQ] = useState('');
  const [all, setAll] = useState(false);
  const query = useDeferredValue(q);
  const people = useMemo(() => searchPeople(reg, query, { all }), [reg, query, all]);
  const households = useMemo(() => searchHouseholds(reg, query), [reg, query]);
  return (
    <section>
      <input className="rt-search" type="search" name="rt-search" value={q} onChange={(e) => setQ(e.target.value)}
        placeholder={t('rt.home.searchPlaceholder')} aria-label={t('common.search')} style={{ width: '100%', fontSize: '1.05rem', padding: 8 }} />
      <CheckField name="rt-all" label={t('rt.home.showInactive')} checked={all} onChange={setAll} />
      <h2>{t('rt.home.households.title')} ({households.length})</h2>
      <ul className="rt-list" data-testid="rt-households">
        {households.slice(0, SHOW).map((h) => (
          <li key={h.household.id}>
            <Link to={`/warga/kk/${h.household.id}`}>
              <span>{h.head?.data.name ?? t('rt.hh.headless')}<br /><span className="rt-muted">{h.household.data.address}</span></span>
              <span className="rt-muted">{h.active.length}</span>
            </Link>
          </li>
        ))}
      </ul>
      {households.length > SHOW && <p className="rt-muted">{t('rt.home.more', { n: households.length - SHOW })}</p>}
      <h2>{t('rt.home.people.title')} ({people.length})</h2>
      <ul className="rt-list" data-testid="rt-people">
        {people.slice(0, SHOW).map((r) => (
          <li key={r.person.id}>
            <Link to={`/warga/orang/${r.person.id}`}>
              <span>{r.person.data.name}<br /><span className="rt-muted">{t(`rt.p.sex.${r.person.data.sex}`)} · {formatDate(r.person.data.birthDate, lang)}</span></span>
              {r.residence.state !== 'aktif' && <span className="rt-badge">{t(`rt.state.${r.residence.state}` as MessageKey)}</span>}
            </Link>
          </li>
        ))}
      </ul>
      {people.length > SHOW && <p className="rt-muted">{t('rt.home.more', { n: people.length - SHOW })}</p>}
    </section>
  );
}
