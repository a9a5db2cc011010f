import * as v from 'valibot';
import { defineKind } from './envelope';

// Configuration the county pushes to phones (strata profile, versioned domain tables).
// Only county devices may write these; every device in the kabupaten pulls them.
export const configKinds = {
  'config.county': defineKind({
    kind: 'config.county',
    module: 'config',
    mode: 'shared',
    schema: v.object({ strataProfile: v.picklist(['nasional', 'prangat-selatan-2025']) }),
  }),
};
