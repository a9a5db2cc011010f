import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, sex, text, optText, nik16, refId } from './common';

// Record kinds of the Posyandu module. Owned by the Posyandu module; extend freely, but a field
// once synced must stay readable (add optional fields; never rename or narrow).
export const posyanduKinds = {
  'posyandu.unit': defineKind({
    kind: 'posyandu.unit',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      name: text(120),
      regNo: optText(60),
      desaCode: optText(20),
      desaName: optText(120),
    }),
  }),
  'posyandu.child': defineKind({
    kind: 'posyandu.child',
    module: 'posyandu',
    mode: 'shared',
    schema: v.object({
      name: text(120),
      sex,
      birthDate: isoDate,
      nik: v.optional(nik16),
      hasKms: v.boolean(),
      motherName: optText(120),
      fatherName: optText(120),
      personId: v.optional(refId),
    }),
  }),
  'posyandu.visit': defineKind({
    kind: 'posyandu.visit',
    module: 'posyandu',
    mode: 'append',
    schema: v.object({
      childId: refId,
      date: isoDate,
      weightKg: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(60))),
      lengthCm: v.optional(v.pipe(v.number(), v.minValue(30), v.maxValue(140))),
      position: v.optional(v.picklist(['lying', 'standing'])),
      kaderName: optText(120),
      notes: optText(500),
    }),
  }),
};
