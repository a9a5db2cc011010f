// Which services the day screen offers for a child's age. Not growth rules (those are in
// src/domain); these only decide which boxes to show and preselect, the kader ticks what was given.

/** Vitamin A capsule by age: the rule is the domain's (kms/vitamin-a.ts), with the rounds. */
export { vitaminAColour } from '../../domain/kms/vitamin-a';

/** Exclusive breast-feeding is asked for babies 0–6 months. */
export function asksExclusiveBf(months: number): boolean {
  return months >= 0 && months <= 6;
}

/** Pregnant women with upper-arm circumference below 23.5 cm: KEK (kurang energi kronis). */
export function isKek(muacCm: number | undefined): boolean {
  return muacCm !== undefined && muacCm < 23.5;
}
