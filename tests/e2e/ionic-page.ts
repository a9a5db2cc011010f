import type { Page } from 'playwright-core';

// Ionic keeps earlier pages in the DOM and animates between them: act only inside the page that
// is entering or shown (the last one not hidden).
/** Locators on the shown page; `page` is a getter so tests can call this before the page exists. */
export function ionicPage(page: () => Page) {
  const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  const current = () => page().locator('ion-router-outlet .ion-page:not(.ion-page-hidden)').last();
  return {
    current,
    visible: (sel: string) => current().locator(sel).first(),
    button: (text: string) => current().locator('ion-button').filter({ hasText: exact(text) }).first(),
    chip: (text: string) => current().locator('ion-chip').filter({ hasText: exact(text) }).first(),
    item: (text: string) => current().locator('ion-item', { hasText: text }).first(),
  };
}
