import { ageMonths, CHILD_AGE_MONTHS, KTP_AGE_MONTHS } from './documents';
import type { Register, RegisterRow } from './register';

/** RT size below which 001 Pasal 9 and 10 expect a merger: a notice, never a block. */
export const MIN_HOUSEHOLDS = 50;

export interface RtNotices {
  /** Households with at least one resident. */
  households: number;
  fewHouseholds: boolean;
  adultsWithoutKtp: RegisterRow[];
  childrenWithoutAkta: RegisterRow[];
  withoutHousehold: RegisterRow[];
}

/** The checks the app makes on the active register, as of `today`. */
export function rtNotices(reg: Register, today: string): RtNotices {
  const active = reg.rows.filter((r) => r.residence.state === 'aktif');
  const households = reg.households.filter((h) => h.active.length > 0).length;
  return {
    households,
    fewHouseholds: households < MIN_HOUSEHOLDS,
    adultsWithoutKtp: active.filter((r) => ageMonths(r.person.data, today) >= KTP_AGE_MONTHS && !r.person.data.documents?.ktpEl),
    childrenWithoutAkta: active.filter((r) => ageMonths(r.person.data, today) < CHILD_AGE_MONTHS && !r.person.data.documents?.akta),
    withoutHousehold: active.filter((r) => !r.household),
  };
}
