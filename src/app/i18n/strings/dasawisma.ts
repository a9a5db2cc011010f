// Strings of the dasawisma screens. Keys start with 'dasawisma.'. Indonesian first; English must have the same keys.
export const id = {
  'dasawisma.title': 'dasawisma',
} as const;

export const en: Record<keyof typeof id, string> = {
  'dasawisma.title': 'dasawisma',
};
