import * as common from './strings/common';
import * as posyandu from './strings/posyandu';
import * as rt from './strings/rt';
import * as dasawisma from './strings/dasawisma';
import * as sync from './strings/sync';
import * as settings from './strings/settings';
import * as county from './strings/county';

// One file of strings per module, so modules can grow their strings without touching each other.
export const dictionaries = {
  id: { ...common.id, ...posyandu.id, ...rt.id, ...dasawisma.id, ...sync.id, ...settings.id, ...county.id },
  en: { ...common.en, ...posyandu.en, ...rt.en, ...dasawisma.en, ...sync.en, ...settings.en, ...county.en },
};

export type Lang = keyof typeof dictionaries;
export type MessageKey = keyof (typeof dictionaries)['id'];
