import { useDeferredValue, useMemo, useState } from 'react';
import { completedMonths, type KbmTable } from '../../../domain';
import { monthStatus, searchChildren, type Child, type Visit } from '../../../data/posyandu';
import type { DayStatus } from '../../../data/posyandu/worklist';
import { useT } from '../../i18n';

const SHOWN = 40;

export type DayFilter = 'all' | 'todo' | 'done';

/**
 * Meja 1: find the child by name (in memory, instant with hundreds of children). Only children on
 * the register that day are listed (born by then, not gone); "belum ditimbang" narrows the list
 * to those still to weigh.
 */
export function ChildPicker({ children, visitsByChild, kbm, status, date, filter, onPick }: {
  children: Child[];
  visitsByChild: Map<string, Visit[]>;
  kbm?: KbmTable;
  status: DayStatus;
  date: string;
  filter: DayFilter;
  onPick(c: Child): void;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q);
  const shown = useMemo(() => {
    const byFilter = filter === 'all' ? children : children.filter((c) => status.weighed.has(c.id) === (filter === 'done'));
    return searchChildren(byFilter, query);
  }, [children, status, filter, query]);
  const month = date.slice(0, 7);
  return (
    <section>
      <input className="pd-search" type="search" name="cari" aria-label={t('posyandu.day.search')} placeholder={t('posyandu.day.search')}
        value={q} onChange={(e) => setQ(e.target.value)} />
      {filter === 'todo' && shown.length === 0 && !query && <p className="pd-muted">{t('posyandu.day.noneLeft')}</p>}
      <ul className="pd-list" aria-label={t('posyandu.day.pickChild')}>
        {shown.slice(0, SHOWN).map((c) => (
          <ChildRow key={c.id} child={c} visits={visitsByChild.get(c.id) ?? []} kbm={kbm} month={month} date={date}
            today={status.weighed.get(c.id)?.length ?? 0} onPick={onPick} />
        ))}
      </ul>
      {shown.length > SHOWN && <p className="pd-muted">{t('posyandu.list.count', { n: SHOWN, total: shown.length })}</p>}
    </section>
  );
}

function ChildRow({ child, visits, kbm, month, date, today, onPick }: { child: Child; visits: readonly Visit[]; kbm?: KbmTable; month: string; date: string; today: number; onPick(c: Child): void }) {
  const t = useT();
  const s = today ? monthStatus(child, visits, month, kbm) : null;
  const months = Math.max(0, completedMonths(child.data.birthDate, date));
  return (
    <li>
      <button type="button" onClick={() => onPick(child)} data-child={child.data.name} data-weighed={today || undefined}>
        <span>
          {child.data.name} <span className="pd-muted">· {t('posyandu.child.ageMonths', { m: months })} · {child.data.motherName ?? ''}</span>
        </span>
        <span>
          {today > 1 && <span className="pd-badge bad">{t('posyandu.day.double')}</span>}
          {today === 1 && <span className="pd-badge ok" aria-label={t('posyandu.day.weighed')}>✓</span>}
          {s?.trend && <span className="pd-badge">{s.trend}</span>}
          {s?.bgm && <span className="pd-badge bad">{t('posyandu.badge.BGM')}</span>}
          {s?.twoT && <span className="pd-badge bad">{t('posyandu.badge.2T')}</span>}
        </span>
      </button>
    </li>
  );
}
