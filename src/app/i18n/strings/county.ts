// Strings of the county screens. Keys start with 'county.'. Indonesian first; English must have the same keys.
export const id = {
  'county.title': 'county',
} as const;

export const en: Record<keyof typeof id, string> = {
  'county.title': 'county',
};
