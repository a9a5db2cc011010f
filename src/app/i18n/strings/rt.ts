// Strings of the rt screens. Keys start with 'rt.'. Indonesian first; English must have the same keys.
export const id = {
  'rt.title': 'rt',
} as const;

export const en: Record<keyof typeof id, string> = {
  'rt.title': 'rt',
};
