import type { Register } from '../../../data/rt';

/** Households as choices: head's name and address (a household without a head shows its address). */
export function householdOptions(reg: Register, headless: string) {
  return reg.households.map((h) => ({ value: h.household.id, label: `${h.head?.data.name ?? headless} · ${h.household.data.address}` }));
}

/** Active residents as choices, with their household's address to tell namesakes apart. */
export function residentOptions(reg: Register) {
  return reg.rows
    .filter((r) => r.residence.state === 'aktif' && r.household)
    .map((r) => ({ value: r.person.id, label: `${r.person.data.name} · ${r.household!.data.address}` }));
}
