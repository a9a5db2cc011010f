// Strings of the dasawisma screens, Indonesian first; split by language to keep each file readable.
export { id } from './dasawisma.id';
export { en } from './dasawisma.en';
