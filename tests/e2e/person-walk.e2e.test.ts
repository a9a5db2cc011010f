import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForShell } from './browser';
import { ionicPage } from './ionic-page';
import { enrolThroughUi, expectNoDeveloperText, startWalk, type Walk } from './walk';

// One person across modules (issue 13 item 16, SPEC §2): in the demo, Aisyah Putri is a resident in
// the RT books of RT 001 Prangat Selatan, a member of Ahmad Sulaiman's household in Dasawisma
// Anggrek, and a child weighed at Posyandu Mawar. A phone holding all three modules (here the
// county officer's, which receives the kabupaten's records; a phone not enrolled is the other
// case) shows the link both ways: from the dasawisma member to the Posyandu child with her last
// weighing, and from the Posyandu child to her RT record and her dasawisma family. Offline, with a
// reload in the middle.

let walk: Walk;
let page: Page;
const { current, item } = ionicPage(() => page);

beforeAll(async () => {
  walk = await startWalk({ phone: true });
  page = walk.page;
});

afterAll(async () => {
  await walk?.close();
});

describe('one person across RT books, dasawisma and Posyandu (360 px, offline)', () => {
  it('dasawisma member → Posyandu child → dasawisma family, both ways', async () => {
    await enrolThroughUi(page, walk.server.url, 'KAB-6411');
    await walk.browser.context.setOffline(true);
    // The officer's phone holds two Posyandu: she opens Mawar's.
    await page.locator('ion-tab-button[tab="posyandu"]').click();
    await current().locator('button', { hasText: 'Posyandu Mawar' }).first().click();
    await expect.poll(() => current().locator('button[aria-current="true"]', { hasText: 'Posyandu Mawar' }).count(), { timeout: 30_000 }).toBe(1);
    await page.locator('ion-tab-button[tab="dasawisma"]').click();
    await waitForShell(page, 'Dasawisma');
    await item('Dasawisma Anggrek').click();
    await waitForShell(page, 'Dasawisma Anggrek');
    await item('Ahmad Sulaiman').click();
    await expect.poll(async () => (await current().innerText()).includes('Aisyah Putri'), { timeout: 30_000 }).toBe(true);
    // The family is linked to the RT books, which are on this phone: its members come from there.
    expect(await current().innerText()).toContain('Terhubung ke buku RT');
    await item('Aisyah Putri').click();
    const links = current().locator('[data-testid="person-links"]');
    await links.waitFor({ timeout: 30_000 });
    expect(await links.innerText()).toContain('Posyandu: Aisyah Putri');
    expect(await links.innerText()).toMatch(/Ditimbang terakhir \d{1,2} \S+ \d{4}: \d+(,\d)? kg/);
    await expectNoDeveloperText(page, 'dasawisma member');

    await page.reload();
    await waitForShell(page);
    await current().locator('[data-testid="person-links"] ion-item').first().click();
    await expect.poll(async () => (await current().innerText()).includes('Tertaut ke warga: Aisyah Putri'), { timeout: 30_000 }).toBe(true);
    const back = current().locator('[data-testid="child-family-link"]');
    await back.waitFor({ timeout: 30_000 });
    expect(await back.innerText()).toContain('keluarga Ahmad Sulaiman (Dasawisma Anggrek)');
    await expectNoDeveloperText(page, 'Posyandu child');

    await back.click();
    await expect.poll(async () => (await current().locator('[data-testid="person-links"]').count()), { timeout: 30_000 }).toBe(1);
    expect(await current().innerText()).toContain('Aisyah Putri');
  });
});
