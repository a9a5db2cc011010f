// Strings of the posyandu screens. Keys start with 'posyandu.'. Indonesian first; English must have the same keys.
export const id = {
  'posyandu.title': 'posyandu',
} as const;

export const en: Record<keyof typeof id, string> = {
  'posyandu.title': 'posyandu',
};
