import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { openPhone, throttle, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';
import { printPdf } from './print-pdf';

// Issue 15, Reports: the monthly ILP recap, offline on a 360×740 phone with 4× CPU throttling,
// through the UI: a school girl and an elder are visited today, the recap of this month counts
// them by age band and class, a reload keeps it, and the printed sheet (PDF text) has the figures.
// Screenshots: $TMPDIR/kader-e2e-ilp-recap.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const today = iso(now);
const yearsAgo = (y: number) => iso(new Date(now.getFullYear() - y, now.getMonth(), Math.min(now.getDate(), 28)));
const SHOTS = join(tmpdir(), 'kader-e2e-ilp-recap');

let phone: Phone;
let page: Page;
const ui = ionicPage(() => page);
let shot = 0;
const snap = async (name: string) => page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });

async function registerPerson(name: string, sex: 'L' | 'P', birthDate: string) {
  await ui.button('Daftarkan sasaran baru').click();
  await ui.visible('input[name="personName"]').fill(name);
  await ui.visible('select[name="personSex"]').selectOption(sex);
  await ui.visible('input[name="personBirthDate"]').fill(birthDate);
  await ui.visible('form[data-person-form] ion-button[type="submit"]').click();
  await ui.visible('form[data-ilp-form]').waitFor();
}

async function save(name: string) {
  await ui.visible('form[data-ilp-form] ion-button[type="submit"]').click();
  await ui.visible(`[data-last="${name}"]`).waitFor();
}

/** The screen row of a stage's table whose first cell is `label`: its cells' text. */
async function row(stage: string, table: 'bands' | 'classes', label: string): Promise<string[]> {
  const tr = ui.current().locator(`.pd-recap section[data-recap-stage="${stage}"] table[data-table="${stage}-${table}"] tr`, { hasText: label }).first();
  return (await tr.locator('td').allInnerTexts()).map((s) => s.trim());
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  phone = await openPhone('/posyandu');
  page = phone.page;
  await throttle(page, { offline: true });
});

afterAll(async () => {
  await phone?.close();
});

describe('the monthly ILP recap, offline at 360×740 with 4× CPU throttling', () => {
  it('counts a remaja and a lansia visited today by band and class, survives a reload, prints the figures', async () => {
    await page.reload();
    await waitForShell(page, 'Posyandu');
    await ui.button('Data Posyandu').click();
    await ui.visible('input[name="name"]').fill('Posyandu Melati');
    await ui.visible('input[name="desaCode"]').fill('64.11.05.2003');
    await ui.button('Tambah kader').click();
    await ui.visible('input[name="kader-0"]').fill('Bu Sari');
    await ui.visible('ion-button[type="submit"]').click();
    await ui.button('Register lain').waitFor();

    await page.goto(`${phone.app.url}/posyandu/ilp/${today}?tahap=remaja`);
    await ui.visible('[data-visited-count]').waitFor();
    await ui.visible('button.pd-chip[data-kader="Bu Sari"]').click();
    await ui.visible('[data-recorder="Bu Sari"]').waitFor();
    // Rina, 14: 45 kg / 155 cm → IMT/U gizi baik.
    await registerPerson('Rina', 'P', yearsAgo(14));
    await ui.visible('input[name="weight"]').fill('45');
    await ui.visible('input[name="height"]').fill('155');
    await ui.visible('[data-result="bfa"]').waitFor();
    await save('Rina');

    // Mbah Sri, 70: 50 kg / 150 cm → IMT normal; 150/95 → hipertensi derajat 1, referral proposed.
    await ui.visible('.pd-tabs button[data-stage="lansia"]').click();
    await registerPerson('Mbah Sri', 'P', yearsAgo(70));
    await ui.visible('input[name="weight"]').fill('50');
    await ui.visible('input[name="height"]').fill('150');
    await ui.visible('input[name="bp1"]').fill('150/95');
    expect(await ui.visible('[data-refer]').getAttribute('data-refer')).toBe('hypertension');
    await save('Mbah Sri');

    // The recap of this month, from the day page's link.
    await ui.visible('a[data-recap-link]').click();
    await ui.visible('.pd-recap section[data-recap-stage="lansia"]').waitFor();
    await snap('recap');
    const check = async (step: string) => {
      expect(await row('remaja', 'bands', '10-14 th'), step).toEqual(['10-14 th', '0', '1', '1']);
      expect(await row('remaja', 'classes', 'IMT/U gizi baik'), step).toEqual(['IMT/U gizi baik', '0', '1', '1']);
      expect(await row('lansia', 'bands', '70+ th'), step).toEqual(['70+ th', '0', '1', '1']);
      expect(await row('lansia', 'classes', 'IMT normal'), step).toEqual(['IMT normal (18,5–25)', '0', '1', '1']);
      expect(await row('lansia', 'classes', 'Hipertensi derajat 1'), step).toEqual(['Hipertensi derajat 1', '0', '1', '1']);
      expect(await row('lansia', 'classes', 'Dirujuk kader'), step).toEqual(['Dirujuk kader', '0', '1', '1']);
      expect(await row('dewasa', 'classes', 'Hipertensi derajat 1'), step).toEqual(['Hipertensi derajat 1', '0', '0', '0']);
      const text = await ui.current().innerText();
      expect(text, step).not.toMatch(/ilpRecap\.|ilp\.|posyandu\.|undefined|NaN|\[object/);
    };
    await check('first open');

    // Reload in the middle (offline): the same figures from IndexedDB.
    await page.reload();
    await ui.visible('.pd-recap section[data-recap-stage="lansia"]').waitFor();
    await check('after reload');
    await snap('recap-reloaded');

    await page.locator('#kd-print [data-sheet="ilp-recap"]').waitFor({ state: 'attached' });
    const pdf = await printPdf(page, 'ilp-recap');
    expect(pdf.text).toContain('REKAPITULASI BULANAN POSYANDU SIKLUS HIDUP (ILP)');
    expect(pdf.text).toMatch(/Posyandu Melati/);
    expect(pdf.text).toMatch(/10-14 th\s+0\s+1\s+1/);
    expect(pdf.text).toMatch(/IMT\/U gizi baik\s+0\s+1\s+1/);
    expect(pdf.text).toMatch(/70\+ th\s+0\s+1\s+1/);
    expect(pdf.text).toMatch(/Hipertensi derajat 1\s+0\s+1\s+1/);
    expect(pdf.text).toMatch(/Dirujuk kader\s+0\s+1\s+1/);
    expect(pdf.text).not.toMatch(/ilpRecap\.|undefined|NaN/);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});
