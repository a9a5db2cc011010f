import type { IsoDate } from '../types';

// Date-order rule of a weighing (issue 13 item 6): refused with a reason the app words. Kept
// beside the KMS rules because only the Posyandu weighs; the general "event after birth, before
// death" rules of the other books can call this one or share its codes.

export type WeighingDateProblem = 'future' | 'beforeBirth' | 'afterDeath';

export interface WeighedChild {
  birthDate: IsoDate;
  leftDate?: IsoDate;
  leftReason?: string;
}

/**
 * Why a weighing dated `date` cannot be right, or null: after `today` (the phone's own calendar
 * day), before the child's birth, or after a recorded death. A child who moved away may come back
 * to be weighed, so a move does not refuse the weighing.
 */
export function weighingDateProblem(child: WeighedChild, date: IsoDate, today: IsoDate): WeighingDateProblem | null {
  if (date > today) return 'future';
  if (date < child.birthDate) return 'beforeBirth';
  if (child.leftReason === 'meninggal' && child.leftDate !== undefined && date > child.leftDate) return 'afterDeath';
  return null;
}

/** On the register of a Posyandu day: born by then and not yet gone (moved away or died). */
export function onRegisterAt(child: WeighedChild, date: IsoDate): boolean {
  return date >= child.birthDate && (child.leftDate === undefined || date <= child.leftDate);
}
