import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPhone, waitForShell, type Phone } from './browser';

// The Posyandu day on a 360 px phone with no network at all: set up, open the day, register and
// weigh two children (one clearly BGM), read the SKDN, reload offline and find it all again.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const today = iso(now);
const month = today.slice(0, 7);
const monthsAgo = (m: number) => iso(new Date(now.getFullYear(), now.getMonth() - m, Math.min(now.getDate(), 28)));

let phone: Phone;
let app: Phone['app'];
let page: Page;

/** Ionic keeps earlier pages in the DOM, hidden: act only on what is visible. */
const visible = (sel: string) => page.locator(`${sel}:visible`).first();
const button = (text: string) => page.locator('ion-button:visible, button:visible', { hasText: text }).first();

async function registerAndWeigh(name: string, sex: 'L' | 'P', birthDate: string, kg: string) {
  await button('Daftarkan balita baru').click();
  await visible('input[name="name"]').fill(name);
  await visible('select[name="sex"]').selectOption(sex);
  await visible('input[name="birthDate"]').fill(birthDate);
  await visible('input[name="motherName"]').fill(`Ibu ${name}`);
  await visible('form[aria-label="Balita baru"] ion-button[type="submit"]').click();
  await visible('input[name="weight"]').waitFor();
  await visible('input[name="weight"]').fill(kg);
}

beforeAll(async () => {
  phone = await openPhone('/posyandu', { offline: true });
  ({ app, page } = phone);
});

afterAll(async () => {
  await phone?.close();
});

describe('Posyandu day offline (360 px)', () => {
  it('sets up a Posyandu, weighs two children, shows BGM, reports SKDN, and keeps it all through an offline reload', async () => {
    await page.reload();
    await waitForShell(page, 'Posyandu');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await button('Data Posyandu').click();
    await visible('input[name="name"]').fill('Posyandu Mawar');
    await visible('input[name="desaCode"]').fill('64.11.05.2003');
    await visible('input[name="desaName"]').fill('Prangat Selatan');
    await button('Tambah kader').click();
    await visible('input[name="kader-0"]').fill('Bu Sari');
    await visible('ion-button[type="submit"]').click();

    await button('Buka hari Posyandu').click();
    await visible('button.pd-chip[data-kader="Bu Sari"]').click();
    await visible('input[name^="hadir-"]').check();
    await button('Catat hari buka').click();
    await page.locator('details[aria-label="Kader yang hadir"] summary:visible', { hasText: '1 kader hadir' }).waitFor();

    // A 24-month girl of 7.0 kg is far below the red line.
    await registerAndWeigh('Siti Aminah', 'P', monthsAgo(24), '7,0');
    await expect.poll(() => page.locator('[data-alert="BGM"]:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-alert="refer"]:visible').count()).toBeGreaterThan(0);
    expect(await visible('[data-ind="wfa"]').textContent()).toContain('sangat kurang');
    await button('Simpan penimbangan').click();
    await visible('[data-last="Siti Aminah"] [data-alert="BGM"]').waitFor();

    await registerAndWeigh('Budi Santoso', 'L', monthsAgo(12), '9,6');
    await visible('[data-trend="B"]').waitFor();
    // Siti's BGM stays on the "last saved" card; Budi's own result has no alert.
    expect(await page.locator('section[aria-label="Hasil penimbangan"]:visible [data-alert]').count()).toBe(0);
    await button('Simpan penimbangan').click();
    await visible('[data-last="Budi Santoso"]').waitFor();
    await page.locator('p:visible', { hasText: 'Sudah ditimbang: 2 dari 2' }).waitFor();

    const counts = async () =>
      Object.fromEntries(await Promise.all(['S', 'K', 'D', 'N', 'T', 'O', 'B', 'BGM', 'T2', 'absent'].map(async (c) => [c, Number(await visible(`[data-count="${c}"]`).textContent())])));
    const expected = { S: 2, K: 2, D: 2, N: 0, T: 0, O: 0, B: 2, BGM: 1, T2: 0, absent: 0 };

    await page.goto(`${app.url}/posyandu/skdn/${month}`);
    await visible('[data-count="D"]').waitFor();
    expect(await counts()).toEqual(expected);
    expect(await visible('[data-ratio="D/S"]').textContent()).toContain('100 %');
    await visible('[data-count="BGM"]').click();
    expect(await visible('section[aria-label="Daftar balita"]').textContent()).toContain('Siti Aminah');

    // Reload with no network: the records are in IndexedDB, the app in the service worker cache.
    await page.reload();
    await visible('[data-count="D"]').waitFor();
    expect(await counts()).toEqual(expected);
    await page.goto(`${app.url}/posyandu/balita`);
    await visible('button:has-text("Budi Santoso")').waitFor();
    await visible('button:has-text("Siti Aminah")').click();
    await visible('svg.pd-chart circle').waitFor();
    expect(await page.locator('svg.pd-chart:visible path').count()).toBeGreaterThanOrEqual(5);
  });
});
