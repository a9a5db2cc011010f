// NIK structure check (SPEC §2) and the as-you-type field check every form shares.
export { parseNik, type NikResult, type NikError, type NikWarning } from './parse';
export { checkNik, checkKk, nikBlocks, type IdCheck, type IdWarning } from './input';
