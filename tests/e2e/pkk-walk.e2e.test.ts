import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForShell } from './browser';
import { ionicPage } from './ionic-page';
import { enrolThroughUi, expectNoDeveloperText, settled, startWalk, type Walk } from './walk';

// The PKK desa coordinator's whole flow (issue 13 item 16, issue 20 item 6) with PKK-DESA-PS on the
// demo kabupaten, at 360 px with 4× CPU throttling, offline after enrolment with a reload in the
// middle: group status, one group's recap submitted, the roll-ups 4.16b (PKK RT), 4.16c (RW — the
// demo RTs are in RW 001, once shown as "RW belum diisi") and 4.16d (titled with the desa's name).

let walk: Walk;
let page: Page;
const { current, visible, button, item } = ionicPage(() => page);
const month = new Date().toLocaleDateString('id-ID', { month: 'long', year: 'numeric' });

async function home() {
  await page.locator('ion-tab-button[tab="dasawisma"]').click();
  await waitForShell(page, 'Dasawisma');
  await settled(page);
}

const segment = (text: string) => current().locator('ion-segment-button', { hasText: text }).first();
const sectionTitles = async () => (await current().locator('section h3').allInnerTexts()).map((s) => s.trim());
const foot = (col: string) => current().locator(`tfoot [data-col="${col}"]`).last().textContent();

beforeAll(async () => {
  walk = await startWalk({ phone: true });
  page = walk.page;
});

afterAll(async () => {
  await walk?.close();
});

describe('PKK desa coordinator walk (PKK-DESA-PS, 360 px, offline)', () => {
  it('sees both groups of her desa and their status', async () => {
    await enrolThroughUi(page, walk.server.url, 'PKK-DESA-PS');
    await walk.browser.context.setOffline(true);
    await home();
    await item('Dasawisma Anggrek').waitFor({ timeout: 30_000 });
    await item('Dasawisma Kenanga').waitFor();
    expect(await item('Dasawisma Anggrek').innerText()).toContain('Prangat Selatan');
    await expectNoDeveloperText(page, 'home');

    await button('Status kelompok').click();
    await waitForShell(page, 'Status kelompok');
    await expect.poll(async () => (await visible('[data-testid="status-count"]').textContent()) ?? '', { timeout: 30_000 }).toBe(`0 dari 2 kelompok sudah lapor untuk ${month}`);
    expect(await current().locator('[data-testid="status-row"]').count()).toBe(2);
    const anggrek = await current().locator('[data-testid="status-row"]', { hasText: 'Anggrek' }).innerText();
    expect(anggrek).toContain('3 rumah');
    expect(anggrek).toContain('kurang dari 5 rumah');
    expect(anggrek).toContain('Ibu Sri Wahyuni');
    await expectNoDeveloperText(page, 'status');
  });

  it('submits Kenanga\'s recap offline; after a reload the status and the roll-ups 4.16b–d read right', async () => {
    await current().locator('[data-testid="status-row"]', { hasText: 'Kenanga' }).click();
    await visible('[data-testid="recap-table"]').waitFor({ timeout: 30_000 });
    expect(await foot('households')).toBe('3');
    await expectNoDeveloperText(page, 'recap 4.16a');
    await button('Kirim rekap ke PKK RT').click();
    await expect.poll(async () => (await visible('[data-testid="recap-state"]').textContent()) ?? '', { timeout: 30_000 }).toContain('Sudah lapor');

    await page.reload();
    await waitForShell(page);
    // Still cut off: the server cannot be reached from the reloaded page.
    expect(await page.evaluate(() => fetch('/api/health', { cache: 'no-store' }).then(() => 'reached', () => 'offline'))).toBe('offline');
    await home();
    await button('Status kelompok').click();
    await expect.poll(async () => (await visible('[data-testid="status-count"]').textContent()) ?? '', { timeout: 30_000 }).toBe(`1 dari 2 kelompok sudah lapor untuk ${month}`);

    await home();
    await button('Rekap PKK (4.16b/c/d)').click();
    await waitForShell(page, 'Rekap PKK (4.16b/c/d)');
    await expect.poll(async () => (await visible('[data-testid="rollup-source"]').innerText()), { timeout: 30_000 }).toContain('1 dari 2 kelompok belum lapor');
    expect(await visible('[data-testid="rollup-source"]').innerText()).not.toMatch(/\(.*\(/);
    expect(await sectionTitles()).toEqual(['Rekap PKK RT (4.16b) — RT 001', 'Rekap PKK RT (4.16b) — RT 002']);
    await expectNoDeveloperText(page, '4.16b');

    await segment('RW/dusun').click();
    await expect.poll(sectionTitles).toEqual(['Rekap PKK RW/dusun (4.16c) — RW 001']);
    expect(await foot('households')).toBe('6');
    await expectNoDeveloperText(page, '4.16c');

    await segment('Desa').click();
    await expect.poll(sectionTitles).toEqual(['Rekap PKK desa (4.16d) — Desa Prangat Selatan']);
    const rows = await current().locator('section tbody tr').allInnerTexts();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('RW 001');
    expect(await foot('dasawisma')).toBe('2');
    expect(await foot('households')).toBe('6');
    // Sutrisno's wife in each group is pregnant; Pak Darmo's house was never assessed (one per group).
    expect(await foot('pregnant')).toBe('2');
    expect(await current().locator('[data-testid="recap-missing"]').last().innerText()).toContain('Rumah sehat: 2 rumah');
    await expectNoDeveloperText(page, '4.16d');
  });
});
