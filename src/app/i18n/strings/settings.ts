// Strings of the settings screens. Keys start with 'settings.'. Indonesian first; English must have the same keys.
export const id = {
  'settings.title': 'settings',
} as const;

export const en: Record<keyof typeof id, string> = {
  'settings.title': 'settings',
};
