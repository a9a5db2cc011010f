import { isKek } from '../../../data/posyandu';
import type { SyncRecord } from '../../../domain';
import type { RegisterKind } from './fields';
import { formatDate, formatRupiah } from '../../i18n';

const day = (iso: unknown) => (typeof iso === 'string' && iso ? formatDate(iso) : '');

type D = Record<string, any>;

/** One line per entry in the register list; badges for what needs attention (KEK, not using KB). */
export function summarize(kind: RegisterKind, r: SyncRecord): { title: string; sub: string; badges: string[] } {
  const d = r.data as D;
  switch (kind) {
    case 'pregnant':
      return { title: d.name, sub: [d.dueDate && `HPL ${day(d.dueDate)}`, d.ancVisits !== undefined && `ANC ${d.ancVisits}`, d.muacCm && `LILA ${d.muacCm}`].filter(Boolean).join(' · '), badges: isKek(d.muacCm) ? ['KEK'] : [] };
    case 'mother':
      return { title: d.name, sub: day(d.deliveryDate), badges: d.exclusiveBf ? ['ASI eks.'] : [] };
    case 'wuspus':
      return { title: d.name, sub: [d.pus ? 'PUS' : 'WUS', d.kbMethod].filter(Boolean).join(' · '), badges: d.pus && !d.kbActive ? ['KB ✗'] : [] };
    case 'vital':
      return { title: d.name, sub: `${d.event} · ${d.subject} · ${day(d.date)}`, badges: [] };
    case 'meeting':
      return { title: d.topic, sub: `${day(d.date)} · ${d.attendees ?? ''}`, badges: [] };
    case 'business':
      return { title: d.activity, sub: day(d.date), badges: [] };
    case 'finance':
      return { title: d.description, sub: `${day(d.date)} · ${d.direction === 'masuk' ? '+' : '−'}${formatRupiah(Number(d.amountRp))}`, badges: [] };
    case 'counselling':
      return { title: d.targetName, sub: `${day(d.date)} · ${d.topic}`, badges: [] };
  }
}

export function sortKey(r: SyncRecord): string {
  const d = r.data as D;
  return d.date ?? d.deliveryDate ?? d.registeredOn ?? r.updatedAt;
}

export function balanceRp(rows: SyncRecord[]): number {
  return rows.reduce((s, r) => s + ((r.data as D).direction === 'masuk' ? 1 : -1) * (r.data as D).amountRp, 0);
}
