// SPEC §5: a group is about 10 houses; the coordinator is warned when it is far from that.
// Kept here until the domain core exposes it (then this file re-exports the domain's rule).
export type HouseFlag = 'few' | 'many' | null;

export const MIN_HOUSES = 5;
export const MAX_HOUSES = 20;

export function houseCountFlag(houses: number): HouseFlag {
  if (houses < MIN_HOUSES) return 'few';
  if (houses > MAX_HOUSES) return 'many';
  return null;
}
