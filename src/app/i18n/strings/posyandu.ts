// Strings of the posyandu screens, Indonesian first; split by language to keep each file readable.
export { id } from './posyandu.id';
export { en } from './posyandu.en';
