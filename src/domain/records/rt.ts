import * as v from 'valibot';
import { defineKind } from './envelope';
import { isoDate, sex, citizenship, text, optText, nik16, desaCode, rtNo } from './common';

// Record kinds of the RT books module. Owned by the RT module; extend freely, but a field
// once synced must stay readable (add optional fields; never rename or narrow).
export const rtKinds = {
  'rt.unit': defineKind({
    kind: 'rt.unit',
    module: 'rt',
    mode: 'shared',
    schema: v.object({ desaCode, desaName: optText(120), rtNo, rw: optText(10), dusun: optText(120) }),
  }),
  'rt.household': defineKind({
    kind: 'rt.household',
    module: 'rt',
    mode: 'shared',
    schema: v.object({ noKk: v.optional(nik16), address: text(300), headPersonId: optText(64) }),
  }),
  'rt.person': defineKind({
    kind: 'rt.person',
    module: 'rt',
    mode: 'shared',
    schema: v.object({ name: text(120), nik: v.optional(nik16), sex, birthDate: isoDate, citizenship }),
  }),
};
