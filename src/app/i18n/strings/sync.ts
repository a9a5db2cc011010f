// Strings of the sync screens. Keys start with 'sync.'. Indonesian first; English must have the same keys.
export const id = {
  'sync.title': 'sync',
} as const;

export const en: Record<keyof typeof id, string> = {
  'sync.title': 'sync',
};
