// FHIR R4 export of Posyandu records (issue 16 item 6): pure mapping, codes as data. docs/fhir.md.
// Not re-exported from the domain barrel: only the county server uses it.
export { posyanduBundle, type PosyanduBundleInput, type FhirUnit, type FhirChild, type FhirVisit } from './bundle';
export * from './codes';
export type * from './types';
