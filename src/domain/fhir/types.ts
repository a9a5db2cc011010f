import type { Coding } from './codes';

// The few FHIR R4 shapes the export writes (not the whole specification: the tests check the output
// against the official R4 JSON schema, docs/fhir.md).

export interface Reference {
  reference: string;
  display?: string;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  use?: 'usual' | 'official' | 'secondary';
  system: string;
  value: string;
}

export interface Quantity {
  value: number;
  unit: string;
  system: string;
  code: string;
}

export interface Extension {
  url: string;
  valueCode?: string;
  extension?: Extension[];
}

export interface Location {
  resourceType: 'Location';
  identifier: Identifier[];
  status: 'active';
  name: string;
  mode: 'instance';
  address?: { use: 'work'; text?: string; country: 'ID'; extension: Extension[] };
}

export interface Patient {
  resourceType: 'Patient';
  identifier: Identifier[];
  name: { use: 'official'; text: string }[];
  gender: 'male' | 'female';
  birthDate: string;
  deceasedDateTime?: string;
  address?: { use: 'home'; text: string; country: 'ID' }[];
  contact?: { relationship: CodeableConcept[]; name: { text: string } }[];
}

export interface Encounter {
  resourceType: 'Encounter';
  identifier: Identifier[];
  status: 'finished';
  class: Coding;
  type: CodeableConcept[];
  subject: Reference;
  period: { start: string; end: string };
  location: { location: Reference }[];
}

export interface Observation {
  resourceType: 'Observation';
  identifier: Identifier[];
  status: 'final';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  encounter: Reference;
  effectiveDateTime: string;
  valueQuantity: Quantity;
  interpretation?: CodeableConcept[];
  derivedFrom?: Reference[];
  note?: { text: string }[];
}

export type Resource = Location | Patient | Encounter | Observation;

export interface BundleEntry<R extends Resource = Resource> {
  fullUrl: string;
  resource: R;
  /** A transaction: POST each resource, created only if none with its identifier exists yet. */
  request: { method: 'POST'; url: R['resourceType']; ifNoneExist: string };
}

export interface Bundle {
  resourceType: 'Bundle';
  identifier: Identifier;
  type: 'transaction';
  timestamp: string;
  entry: BundleEntry[];
}
