// NIK structure check (SPEC §2). The as-you-type field check (input.ts: checkNik, checkKk,
// nikBlocks) is imported by its path, not through this barrel: the barrel is reachable from the
// app's first screen, and only form pages need the field check.
export { parseNik, type NikResult, type NikError, type NikWarning } from './parse';
