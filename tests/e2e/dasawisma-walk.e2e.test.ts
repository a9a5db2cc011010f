import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForShell } from './browser';
import { ionicPage } from './ionic-page';
import { enrolThroughUi, expectNoDeveloperText, settled, startWalk, tapUntil, type Walk } from './walk';

// The dasawisma kader's whole flow (issue 13 item 16, issue 20 items 1–3 and 6) on a phone enrolled
// with DW-ANGGREK against the demo kabupaten: the demo group's families, a new family saved and
// reopened (it once landed on "Belum ada data"), a member added by taps, household facts answered
// or left "belum ditanya", an unsaved family kept through an offline reload and restored only into
// its own form, the recap with its missing facts, submitted offline and synced when back online.

let walk: Walk;
let page: Page;
const { current, visible, button, item } = ionicPage(() => page);
const year = new Date().getFullYear();

/** The Ya/Tidak answer of one yes/no household fact. */
const answer = (fact: string, text: 'Ya' | 'Tidak') => current().locator(`fieldset[data-field="${fact}"] ion-chip`, { hasText: text }).first();
const pressed = (loc: ReturnType<typeof answer>) => loc.getAttribute('aria-pressed');

async function checkClean(where: string) {
  await expectNoDeveloperText(page, where);
}

/**
 * Opens the new-family form, once the group page is listed (its families loaded) so the tap is not
 * taken by a page still entering (tapUntil taps again if Ionic dropped it, as a user would).
 */
async function newFamily() {
  await expect.poll(() => current().locator('[data-testid="family-row"]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  await tapUntil(page, button('Tambah rumah/keluarga'), visible('input[name="headName"]'));
}

async function openGroup() {
  await page.locator('ion-tab-button[tab="dasawisma"]').click();
  await waitForShell(page, 'Dasawisma Anggrek');
  await settled(page);
}

beforeAll(async () => {
  walk = await startWalk({ phone: true });
  page = walk.page;
});

afterAll(async () => {
  await walk?.close();
});

describe('dasawisma kader walk (DW-ANGGREK, 360 px, offline)', () => {
  it('enrols and lands on the demo group, families listed with their members', async () => {
    await enrolThroughUi(page, walk.server.url, 'DW-ANGGREK');
    await openGroup();
    await expect.poll(() => current().locator('[data-testid="family-row"]').count(), { timeout: 30_000 }).toBe(3);
    expect(await item('Ahmad Sulaiman').innerText()).toContain('3 anggota');
    expect(await item('Sutrisno').innerText()).toContain('4 anggota');
    expect(await item('Pak Darmo').innerText()).toContain('1 data rumah tangga belum ditanya');
    await checkClean('group page');
  });

  it('offline: a demo family reopens; a new family saves and reopens with its members', async () => {
    await walk.browser.context.setOffline(true);
    await tapUntil(page, item('Ahmad Sulaiman'), visible('input[name="headName"]'));
    await expect.poll(() => visible('input[name="headName"]').inputValue(), { timeout: 30_000 }).toBe('Ahmad Sulaiman');
    await expect.poll(async () => (await current().innerText()).includes('Anggota keluarga (3)')).toBe(true);
    expect(await current().innerText()).toContain('Aisyah Putri');
    await checkClean('demo family');

    await openGroup();
    await newFamily();
    await visible('input[name="headName"]').fill('Bu Ratna');
    await current().locator('ion-chip', { hasText: /^\s*Beras\s*$/ }).first().click();
    await answer('spal', 'Ya').click();
    await button('Simpan').click();
    // Saved: the family's own page, ready for members (it used to say "Belum ada data").
    await button('Tambah anggota').waitFor({ timeout: 30_000 });
    expect(await visible('input[name="headName"]').inputValue()).toBe('Bu Ratna');
    expect(await pressed(answer('spal', 'Ya'))).toBe('true');
    expect(await pressed(answer('healthyHouse', 'Ya'))).toBe('false');
    expect(await pressed(answer('healthyHouse', 'Tidak'))).toBe('false');
    expect(await current().locator('fieldset[data-field="healthyHouse"]').innerText()).toContain('belum ditanya');
    await checkClean('new family saved');

    await button('Tambah anggota').click();
    await visible('input[name="memberName"]').fill('Ratna');
    await visible('input[name="birthDate"]').fill('1990-05-01');
    await visible('input[name="birthDate"]').blur();
    // The date reads the app's way in its language (issue 20 item 7), not the browser's '05/01/1990'.
    expect(await visible('input[name="birthDate"]').inputValue()).toBe('1 Mei 1990');
    await button('Simpan').click();
    await expect.poll(async () => (await current().innerText()).includes('Anggota keluarga (1)'), { timeout: 30_000 }).toBe(true);
    expect(await current().innerText()).toContain('Ratna');

    await openGroup();
    await expect.poll(async () => (await item('Bu Ratna').innerText()).includes('1 anggota'), { timeout: 30_000 }).toBe(true);
    // Tapping the saved family later opens it too.
    await tapUntil(page, item('Bu Ratna'), visible('input[name="headName"]'));
    await expect.poll(() => visible('input[name="headName"]').inputValue(), { timeout: 30_000 }).toBe('Bu Ratna');
  });

  it('an unsaved family survives an offline reload in its own form only, and waits on the group page', async () => {
    await openGroup();
    await tapUntil(page, button('Tambah rumah/keluarga'), visible('input[name="headName"]'));
    await visible('input[name="headName"]').fill('Pak Joko');
    await answer('healthyHouse', 'Tidak').click();
    await page.waitForTimeout(500);
    await page.reload();
    await waitForShell(page, `Catatan keluarga ${year}`);
    await visible('[data-testid="draft-restored"]').waitFor({ timeout: 30_000 });
    expect(await visible('[data-testid="draft-restored"]').innerText()).toContain('Draf dipulihkan');
    expect(await visible('input[name="headName"]').inputValue()).toBe('Pak Joko');
    expect(await pressed(answer('healthyHouse', 'Tidak'))).toBe('true');
    await checkClean('restored draft');

    await openGroup();
    await visible('[data-testid="unsaved-drafts"]').waitFor({ timeout: 30_000 });
    expect(await visible('[data-testid="unsaved-drafts"]').innerText()).toContain('Draf: Pak Joko');
    await tapUntil(page, button('Tambah rumah/keluarga'), visible('input[name="headName"]'));
    await page.waitForTimeout(1000);
    // The next new family starts empty: the draft belongs to the other form.
    expect(await visible('input[name="headName"]').inputValue()).toBe('');
    expect(await current().locator('[data-testid="draft-restored"]').count()).toBe(0);
    expect(await pressed(answer('healthyHouse', 'Tidak'))).toBe('false');
  });

  it('the recap counts answered facts and lists the unasked ones; an answer moves the count; submitted offline, synced online', async () => {
    await openGroup();
    await tapUntil(page, button('Rekap kelompok (4.16a)'), visible('[data-testid="recap-table"]'));
    const foot = (col: string) => visible(`tfoot [data-col="${col}"]`).textContent();
    await visible('[data-testid="recap-table"]').waitFor({ timeout: 30_000 });
    expect(await foot('households')).toBe('4');
    expect(await foot('houseHealthy')).toBe('1');
    expect(await foot('houseUnhealthy')).toBe('1');
    expect(await current().locator('[data-testid="recap-table"] th', { hasText: /^Dasawisma$/ }).count()).toBe(0);
    const missing = await visible('[data-testid="recap-missing"]').innerText();
    expect(missing).toContain('Rumah sehat: 2 rumah (Bu Ratna, Pak Darmo)');
    await checkClean('recap');
    // Months and dates in the app's words (issue 20 item 7): no native month/date input left.
    expect(await current().locator('input[type="month"], input[type="date"]').count()).toBe(0);
    const thisMonth = new Date().toISOString().slice(0, 7);
    const idMonths = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
    const monthWords = `${idMonths[Number(thisMonth.slice(5)) - 1]} ${thisMonth.slice(0, 4)}`;
    expect(await current().locator('ion-select-option', { hasText: new RegExp(`^\\s*${monthWords}\\s*$`) }).count()).toBe(1);
    // What the select shows (its shadow DOM, which Playwright's CSS locators enter).
    expect(await current().locator('ion-select .select-text').first().innerText()).toBe(monthWords);
    expect(await visible('input[name="submittedOn"]').inputValue()).toMatch(/^\d{1,2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agt|Sep|Okt|Nov|Des) \d{4}$/);

    // Bu Ratna's house is assessed: not healthy.
    await openGroup();
    await tapUntil(page, item('Bu Ratna'), visible('input[name="headName"]'));
    await expect.poll(() => visible('input[name="headName"]').inputValue(), { timeout: 30_000 }).toBe('Bu Ratna');
    await answer('healthyHouse', 'Tidak').click();
    await button('Simpan').click();
    await expect.poll(() => pressed(answer('healthyHouse', 'Tidak'))).toBe('true');
    await openGroup();
    await tapUntil(page, button('Rekap kelompok (4.16a)'), visible('[data-testid="recap-table"]'));
    await expect.poll(() => foot('houseUnhealthy'), { timeout: 30_000 }).toBe('2');
    expect(await visible('[data-testid="recap-missing"]').innerText()).toContain('Rumah sehat: 1 rumah (Pak Darmo)');

    await button('Kirim rekap ke PKK RT').click();
    await expect.poll(async () => (await visible('[data-testid="recap-state"]').textContent()) ?? '', { timeout: 30_000 }).toContain('Sudah lapor');
    await checkClean('recap submitted');

    await walk.browser.context.setOffline(false);
    await page.goto(`${walk.server.url}/sinkron`);
    await waitForShell(page);
    await page.locator('[data-testid="sync-now"]').filter({ visible: true }).first().click();
    await expect.poll(async () => (await page.locator('[data-testid="sync-pending"]').filter({ visible: true }).first().textContent()) ?? '', { timeout: 60_000 }).not.toMatch(/\d+ perubahan/);
    const county = await (await fetch(`${walk.server.url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'KAB-6411' }) })).json();
    const month = new Date().toISOString().slice(0, 7);
    const pkk = await (await fetch(`${walk.server.url}/api/v1/county/reports/pkk?month=${month}`, { headers: { authorization: `Bearer ${county.token}` } })).json();
    const anggrek = pkk.rows.find((r: { name: string }) => r.name === 'Dasawisma Anggrek');
    expect(anggrek).toMatchObject({ reported: true, counts: { households: 4, houseHealthy: 1, houseUnhealthy: 2 } });
    expect(anggrek.missing.healthyHouse).toBe(1);
  });
});
