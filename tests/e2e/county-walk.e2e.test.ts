import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { enrolThroughUi, expectNoDeveloperText, startWalk, type Walk } from './walk';

// The county officer's whole flow on a desktop (1280 px), KAB-6411 on the demo kabupaten (issue 13
// item 16, issue 20 items 4–5): Posyandu overview, population, PKK with the 4.16 figures per
// kecamatan and desa (desa by name), devices, and an enrolment code made by picking the place —
// then used by a phone, which lands in that place. No developer text on any of it.

let walk: Walk;
let page: Page;
const shown = (id: string) => page.locator(`[data-testid="${id}"]`).filter({ visible: true }).first();
const month = (() => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
})();

async function menu(item: string) {
  await page.locator('ion-tab-button[tab="kabupaten"]').click();
  await page.waitForURL((u) => u.pathname === '/kabupaten');
  await page.locator('ion-item', { hasText: item }).filter({ visible: true }).first().click();
}

async function api(path: string) {
  const e = await (await fetch(`${walk.server.url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'KAB-6411' }) })).json();
  return (await fetch(`${walk.server.url}/api/v1/county/${path}`, { headers: { authorization: `Bearer ${e.token}` } })).json();
}

beforeAll(async () => {
  walk = await startWalk({ phone: false });
  page = walk.page;
});

afterAll(async () => {
  await walk?.close();
});

describe('county officer walk (KAB-6411, 1280 px)', () => {
  it('enrols; Posyandu overview and population read in words', async () => {
    await enrolThroughUi(page, walk.server.url, 'KAB-6411');
    await menu('Posyandu: strata dan SKDN');
    await shown('posyandu-rows').waitFor({ timeout: 30_000 });
    expect(await shown('posyandu-rows').innerText()).toContain('Posyandu Mawar');
    // The county tables' dates (last Posyandu day, last sync) are engineer out's (issue 20 item 6).
    await expectNoDeveloperText(page, 'Posyandu overview', ['ISO date']);

    await menu('Penduduk: rekap akhir bulan');
    await shown('pop-desa').waitFor({ timeout: 30_000 });
    expect(await shown('pop-desa').innerText()).toContain('Prangat Selatan');
    await expectNoDeveloperText(page, 'population', ['ISO date']);
  });

  it('PKK: the 4.16 figures per kecamatan and desa, desa by name, equal to the server\'s figures', async () => {
    const want = await api(`reports/pkk?month=${month}`);
    await menu('PKK: laporan dasawisma');
    const desa = shown('pkk-desa');
    await desa.waitFor({ timeout: 30_000 });
    const rows = await desa.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^Prangat Selatan\t/);
    expect(rows[1]).toMatch(/^Prangat Baru\t/);
    const total = desa.locator('tr.kab-total');
    for (const col of ['households', 'kk', 'membersL', 'membersP', 'balitaL', 'balitaP', 'pus', 'wus', 'pregnant', 'elderly', 'houseHealthy', 'houseUnhealthy', 'latrineSeptic', 'waterPdam'] as const) {
      expect(await total.locator(`[data-col="${col}"]`).textContent(), col).toBe(String(want.total.counts[col]));
    }
    expect(want.total.counts.households).toBe(12);
    expect(await total.locator('[data-col="unassessed"]').textContent()).toBe('4');
    expect(await shown('pkk-kecamatan').innerText()).toContain('Kecamatan 64.11.05');
    expect(await shown('pkk-reported').innerText()).toBe('0 dari 4 kelompok dasawisma sudah lapor');
    expect(await shown('pkk-missing').innerText()).toContain('Rumah sehat 4 rumah');
    await expectNoDeveloperText(page, 'PKK');
  });

  it('devices and codes: a code made by picking the place, refused choices explained in Indonesian, used by a phone', async () => {
    await menu('Perangkat dan kode pendaftaran');
    await shown('devices').waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="codes"] tbody tr').length >= 10);
    expect(await shown('codes').innerText()).toContain('Kader dasawisma');
    await expectNoDeveloperText(page, 'devices');

    // Nothing picked yet: the form says what is missing, in words.
    await shown('code-role').selectOption({ label: 'Kader dasawisma' });
    await shown('code-submit').click();
    expect(await shown('code-missing').innerText()).toBe('Pilih desanya dulu.');
    await shown('code-desa').selectOption({ label: 'Prangat Selatan' });
    await shown('code-rt').selectOption({ label: 'RT 002 / RW 001' });
    await shown('code-submit').click();
    expect(await shown('code-missing').innerText()).toBe('Pilih kelompok dasawisma, atau tulis nama kelompok baru.');
    await shown('code-group').selectOption({ label: 'Kelompok baru…' });
    await shown('code-new-group').fill('Dasawisma Cempaka');
    expect(await shown('code-place').innerText()).toBe('Kode untuk: Dasawisma Cempaka, RT 002, Desa Prangat Selatan');
    await expectNoDeveloperText(page, 'new code form');
    await shown('code-submit').click();
    await expect.poll(async () => (await shown('dev-message').innerText()), { timeout: 20_000 }).toMatch(/^Kode baru: KD-/);
    const code = /Kode baru: (\S+)/.exec(await shown('dev-message').innerText())![1];
    await expect.poll(async () => (await shown('codes').innerText())).toContain('Dasawisma Cempaka, RT 002, Desa Prangat Selatan');

    // A new desa code outside the kabupaten is refused before it reaches the server, in words.
    await shown('code-role').selectOption({ label: 'Ketua RT' });
    await shown('code-desa').selectOption({ label: 'Desa lain…' });
    await shown('code-new-desa-code').fill('65.01.02.2001');
    await shown('code-submit').click();
    expect(await shown('code-missing').innerText()).toBe('Kode desa harus seperti 64.11.05.2003 dan berada di kabupaten ini.');

    // The code enrols a phone for that group, by its place.
    const phone = await fetch(`${walk.server.url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    const e = await phone.json();
    expect(e.scope).toMatchObject({ prefix: '64.11/64.11.05.2003/rt:002/dw:cempaka', label: 'Dasawisma Cempaka, RT 002, Desa Prangat Selatan' });
  });
});
