import { useDeferredValue, useMemo, useState } from 'react';
import { completedMonths, type KbmTable } from '../../../domain';
import { monthStatus, searchChildren, type Child, type Register, type Visit } from '../../../data/posyandu';
import { useT } from '../../i18n';

const SHOWN = 40;

/** Meja 1: find the child by name (in memory, instant with hundreds of children). */
export function ChildPicker({ reg, date, onPick }: { reg: Register; date: string; onPick(c: Child): void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q);
  const found = useMemo(() => searchChildren(reg.children, query), [reg.children, query]);
  const weighedToday = useMemo(
    () => new Set(reg.children.filter((c) => reg.visitsByChild.get(c.id)?.some((v) => v.data.date === date)).map((c) => c.id)),
    [reg, date],
  );
  const month = date.slice(0, 7);
  return (
    <section>
      <p className="pd-muted">{t('posyandu.day.weighedToday', { n: weighedToday.size })}</p>
      <input className="pd-search" type="search" name="cari" aria-label={t('posyandu.day.search')} placeholder={t('posyandu.day.search')}
        value={q} onChange={(e) => setQ(e.target.value)} style={{ width: '100%', fontSize: '1.1rem', padding: 8, boxSizing: 'border-box' }} />
      <p className="pd-muted">{t('posyandu.list.count', { n: found.length, total: reg.children.length })}</p>
      <ul className="pd-list" aria-label={t('posyandu.day.pickChild')}>
        {found.slice(0, SHOWN).map((c) => (
          <ChildRow key={c.id} child={c} visits={reg.visitsByChild.get(c.id) ?? []} kbm={reg.kbm} month={month} date={date} done={weighedToday.has(c.id)} onPick={onPick} />
        ))}
      </ul>
    </section>
  );
}

function ChildRow({ child, visits, kbm, month, date, done, onPick }: { child: Child; visits: readonly Visit[]; kbm?: KbmTable; month: string; date: string; done: boolean; onPick(c: Child): void }) {
  const t = useT();
  const s = done ? monthStatus(child, visits, month, kbm) : null;
  const months = Math.max(0, completedMonths(child.data.birthDate, date));
  return (
    <li>
      <button type="button" onClick={() => onPick(child)} data-child={child.data.name}>
        <span>
          {child.data.name} <span className="pd-muted">· {t('posyandu.child.ageMonths', { m: months })} · {child.data.motherName ?? ''}</span>
        </span>
        <span>
          {done && <span className="pd-badge ok">✓</span>}
          {s?.trend && <span className="pd-badge">{s.trend}</span>}
          {s?.bgm && <span className="pd-badge bad">BGM</span>}
          {s?.twoT && <span className="pd-badge bad">2T</span>}
        </span>
      </button>
    </li>
  );
}
