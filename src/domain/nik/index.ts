// NIK structure check (SPEC §2).
export { parseNik, type NikResult, type NikError, type NikWarning } from './parse';
