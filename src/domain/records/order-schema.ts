import * as v from 'valibot';

// The within-record date order rule of the schemas (date-order.ts explains which rules live where).

/**
 * Schema rule: in a record of `schema`, each field `later` (when present) is not dated before its
 * field `earlier`. The issue is on `later`, with the rule 'order.before' and `earlier` as its arg.
 */
export function ordered<S extends v.GenericSchema<unknown, Record<string, unknown>>>(schema: S, pairs: readonly (readonly [later: string, earlier: string])[]) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const d = dataset.value as Record<string, unknown>;
      for (const [later, earlier] of pairs) {
        const a = d[later];
        const b = d[earlier];
        if (typeof a === 'string' && typeof b === 'string' && a && b && a < b) {
          addIssue({ message: `order.before:${earlier}`, path: [{ type: 'object', origin: 'value', input: d, key: later, value: a }] });
        }
      }
    }),
  );
}
