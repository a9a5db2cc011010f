import * as v from 'valibot';
import { defineKind } from './envelope';
import { text, optText } from './common';

// Record kinds of the Dasawisma/PKK module. Owned by that module; extend freely, but a field
// once synced must stay readable (add optional fields; never rename or narrow).
export const dasawismaKinds = {
  'dasawisma.group': defineKind({
    kind: 'dasawisma.group',
    module: 'dasawisma',
    mode: 'shared',
    schema: v.object({ name: text(120), coordinatorName: optText(120) }),
  }),
};
