// Which services the day screen offers for a child's age. Not growth rules (those are in
// src/domain); these only decide which boxes to show and preselect, the kader ticks what was given.

/** Vitamin A capsule for the age in completed months: blue 6–11, red 12–59, none otherwise. */
export function vitaminAColour(months: number): 'biru' | 'merah' | null {
  if (months >= 6 && months <= 11) return 'biru';
  if (months >= 12 && months <= 59) return 'merah';
  return null;
}

/** Exclusive breast-feeding is asked for babies 0–6 months. */
export function asksExclusiveBf(months: number): boolean {
  return months >= 0 && months <= 6;
}

/** Pregnant women with upper-arm circumference below 23.5 cm: KEK (kurang energi kronis). */
export function isKek(muacCm: number | undefined): boolean {
  return muacCm !== undefined && muacCm < 23.5;
}
