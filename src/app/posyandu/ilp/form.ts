import type { IlpVisitData } from '../../../data/posyandu/ilp';
import type { IlpVisitFields } from '../../../domain/ilp/assess';
import type { BpReading } from '../../../domain/ilp/bloodPressure';
import { formatNumberIn } from '../../../domain/format';
import type { Lang } from '../../i18n';
import { parseDecimal } from '../ui/Field';

// The ILP visit form as typed text, and the visit fields it stands for (both ways, so a correction
// opens with every saved field).

export interface IlpForm {
  weight: string; height: string; muac: string; waist: string; hb: string; glucose: string; ttd: string;
  bp1: string; bp2: string;
  glucoseKind: 'sewaktu' | 'puasa';
  dangerSigns: string[]; skilas: string[]; adl: Record<string, string>;
  anc?: boolean; vitaminA?: boolean; breastFeeding?: boolean; exclusiveBf?: boolean;
  smoking?: boolean; activeEnough?: boolean; dietOk?: boolean; counselling?: boolean;
  /** undefined: follow the suggestion (a referral reason found) */
  referral?: boolean;
  notes: string;
}

/** '120/80' (or '120 80') → a reading; null when it is not two whole numbers. */
export function parseBp(s: string): BpReading | null {
  const m = /^\s*(\d{2,3})\s*[/ -]\s*(\d{2,3})\s*$/.exec(s);
  return m ? { systolic: Number(m[1]), diastolic: Number(m[2]) } : null;
}

const num = (s: string) => {
  const n = parseDecimal(s);
  return n === undefined || Number.isNaN(n) ? undefined : n;
};
const yes = (b: boolean | undefined) => (b ? true : undefined);

/** The visit's fields from the form; empty ones left out (the record holds what was measured). */
export function formToVisit(f: IlpForm): Omit<IlpVisitFields, 'date'> & Record<string, unknown> {
  const bp = [f.bp1, f.bp2].map(parseBp).filter((r): r is BpReading => r !== null);
  const adlEntries = Object.entries(f.adl).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, Number(v)] as const).filter(([, v]) => Number.isInteger(v));
  const glucoseMgdl = num(f.glucose);
  const out: Record<string, unknown> = {
    weightKg: num(f.weight), heightCm: num(f.height), muacCm: num(f.muac), waistCm: num(f.waist), hbGdl: num(f.hb),
    glucoseMgdl, glucoseKind: glucoseMgdl !== undefined ? f.glucoseKind : undefined,
    ttdTablets: num(f.ttd),
    bp: bp.length ? bp : undefined,
    dangerSigns: f.dangerSigns.length ? f.dangerSigns : undefined,
    skilas: f.skilas.length ? f.skilas : undefined,
    adl: adlEntries.length ? Object.fromEntries(adlEntries) : undefined,
    anc: yes(f.anc), vitaminA: yes(f.vitaminA), breastFeeding: yes(f.breastFeeding), exclusiveBf: yes(f.exclusiveBf),
    smoking: yes(f.smoking), activeEnough: yes(f.activeEnough), dietOk: yes(f.dietOk), counselling: yes(f.counselling),
    notes: f.notes.trim() || undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

export function visitToForm(d: IlpVisitData | undefined, lang: Lang): IlpForm {
  const v = (d ?? {}) as Partial<Record<string, unknown>> & Partial<IlpVisitFields>;
  const n = (x: unknown) => (typeof x === 'number' ? formatNumberIn(lang, x, { grouping: false }) : '');
  const bp = (v.bp ?? []) as BpReading[];
  return {
    weight: n(v.weightKg), height: n(v.heightCm), muac: n(v.muacCm), waist: n(v.waistCm), hb: n(v.hbGdl), glucose: n(v.glucoseMgdl), ttd: n(v.ttdTablets),
    bp1: bp[0] ? `${bp[0].systolic}/${bp[0].diastolic}` : '', bp2: bp[1] ? `${bp[1].systolic}/${bp[1].diastolic}` : '',
    glucoseKind: v.glucoseKind ?? 'sewaktu',
    dangerSigns: [...(v.dangerSigns ?? [])], skilas: [...(v.skilas ?? [])],
    adl: Object.fromEntries(Object.entries(v.adl ?? {}).map(([k, x]) => [k, String(x)])),
    anc: v.anc as boolean | undefined, vitaminA: v.vitaminA as boolean | undefined, breastFeeding: v.breastFeeding as boolean | undefined,
    exclusiveBf: v.exclusiveBf as boolean | undefined, smoking: v.smoking as boolean | undefined, activeEnough: v.activeEnough as boolean | undefined,
    dietOk: v.dietOk as boolean | undefined, counselling: v.counselling as boolean | undefined,
    referral: d ? !!v.referral : undefined,
    notes: (v.notes as string | undefined) ?? '',
  };
}
