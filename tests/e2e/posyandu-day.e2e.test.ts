import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { openPhone, throttle, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';

// Issue 13, done-when: "a kader's day (10 children, one correction, one past day) runs offline
// without a single developer message". A 360×740 phone with 4× CPU throttling and no network:
// set up the Posyandu, choose who records, open the day, register and weigh ten children (one
// BGM), reload in the middle, find everything again, correct one weighing (the form comes back
// filled in, and the child keeps one weighing for the day), use the "belum ditimbang" filter and
// the work list, then enter a day held on paper last week: no "hari ini", no child not yet born,
// a weighing before birth refused in a sentence, a future date refused. After every step no
// schema key, validator text or ISO date is on screen. Screenshots: $TMPDIR/kader-e2e-posyandu-day.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const today = iso(now);
const daysAgo = (n: number) => iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - n));
const monthsAgo = (m: number) => iso(new Date(now.getFullYear(), now.getMonth() - m, Math.min(now.getDate(), 28)));
const pastDay = daysAgo(7);
const SHOTS = join(tmpdir(), 'kader-e2e-posyandu-day');

/** [name, sex, birth date, weight typed, length typed] */
const CHILDREN: [string, 'L' | 'P', string, string, string][] = [
  ['Siti Aminah', 'P', monthsAgo(24), '7,0', '80,5'], // far below the red line: BGM
  ['Budi Santoso', 'L', monthsAgo(12), '9,6', '75,0'],
  ['Citra Lestari', 'P', monthsAgo(30), '12,1', '89,0'],
  ['Dodi Pratama', 'L', monthsAgo(8), '8,2', '69,5'],
  ['Eka Putri', 'P', monthsAgo(40), '14,0', '97,0'],
  ['Fajar Ramadhan', 'L', monthsAgo(18), '10,4', '80,0'],
  ['Gita Maharani', 'P', monthsAgo(2), '5,1', '57,0'], // two months: immunisations due
  ['Hadi Saputra', 'L', monthsAgo(50), '15,8', '102,0'],
  ['Indah Sari', 'P', monthsAgo(15), '9,0', '76,0'],
  ['Joko Susilo', 'L', monthsAgo(6), '7,6', '66,0'],
];

let phone: Phone;
let page: Page;
const ui = ionicPage(() => page);
let shot = 0;

async function snap(name: string) {
  await page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });
}

/** Nothing a developer would write: schema keys, validator text, ISO dates, NaN, undefined. */
async function noDeveloperText(step: string) {
  const text = await ui.current().innerText();
  const toasts = await page.evaluate(() => [...document.querySelectorAll('ion-toast')].map((t) => String((t as unknown as { message?: string }).message ?? '')));
  for (const s of [text, ...toasts]) {
    expect(s, step).not.toMatch(/posyandu\.|rt\.|Invalid|Expected|\b\d{4}-\d{2}-\d{2}\b|\bNaN\b|undefined|\[object/);
  }
}

/** The save button is on screen, not covered, without scrolling. */
async function saveButtonOnScreen(): Promise<boolean> {
  return ui.current().locator('form[aria-label^="Meja 2"] ion-button[type="submit"]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= window.innerHeight && !!hit && (el === hit || el.contains(hit) || hit.closest('ion-button') === el);
  });
}

async function register(name: string, sex: 'L' | 'P', birthDate: string) {
  await ui.button('Daftarkan balita baru').click();
  await ui.visible('input[name="name"]').fill(name);
  await ui.visible('select[name="sex"]').selectOption(sex);
  await ui.visible('input[name="birthDate"]').fill(birthDate);
  await ui.visible('input[name="motherName"]').fill(`Ibu ${name}`);
  await ui.visible('form[aria-label="Balita baru"] ion-button[type="submit"]').click();
  await ui.visible('input[name="weight"]').waitFor();
}

async function weighAndSave(name: string, kg: string, cm: string) {
  await ui.visible('input[name="weight"]').fill(kg);
  await ui.visible('input[name="length"]').fill(cm);
  await ui.visible('section[aria-label="Hasil penimbangan"]').waitFor();
  expect(await saveButtonOnScreen(), `save on screen for ${name}`).toBe(true);
  await ui.visible('form[aria-label^="Meja 2"] ion-button[type="submit"]').click();
  await ui.visible(`[data-last="${name}"]`).waitFor();
}

const weighedCount = async () => Number(await ui.visible('[data-weighed-count]').getAttribute('data-weighed-count'));
const filter = (f: string) => ui.visible(`.pd-tabs button[data-filter="${f}"]`);
const row = (name: string) => ui.visible(`ul[aria-label="Pilih balita"] button[data-child="${name}"]`);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  phone = await openPhone('/posyandu');
  page = phone.page;
  await throttle(page, { offline: true });
});

afterAll(async () => {
  await phone?.close();
});

describe("a kader's Posyandu day, offline at 360×740 with 4× CPU throttling", () => {
  it('ten children, one correction, one past day: nothing lost, no developer message', async () => {
    await page.reload();
    await waitForShell(page, 'Posyandu');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // Set up the Posyandu with two kaders.
    await ui.button('Data Posyandu').click();
    await ui.visible('input[name="name"]').fill('Posyandu Mawar');
    await ui.visible('input[name="desaCode"]').fill('64.11.05.2003');
    await ui.visible('input[name="desaName"]').fill('Prangat Selatan');
    await ui.button('Tambah kader').click();
    await ui.visible('input[name="kader-0"]').fill('Bu Sari');
    await ui.button('Tambah kader').click();
    await ui.visible('input[name="kader-1"]').fill('Bu Lastri');
    await ui.visible('ion-button[type="submit"]').click();

    // The day: who records, then the kaders present.
    await ui.button('Buka hari Posyandu (hari ini)').click();
    await ui.visible('section[aria-label="Siapa yang mencatat?"]').waitFor();
    await snap('day-start');
    await noDeveloperText('day start');
    await ui.visible('button.pd-chip[data-kader="Bu Sari"]').click();
    await ui.visible('[data-recorder="Bu Sari"]').waitFor();
    await ui.visible('input[name^="hadir-"]').check();
    await ui.button('Catat hari buka').click();
    await ui.visible('details[aria-label="Kader yang hadir"]:not([open])').waitFor();

    // Five children registered and weighed.
    for (const [name, sex, birth, kg, cm] of CHILDREN.slice(0, 5)) {
      await register(name, sex, birth);
      if (name === 'Siti Aminah') {
        await ui.visible('input[name="weight"]').fill(kg);
        await ui.visible('[data-alert="BGM"]').waitFor();
        await snap('weigh-bgm');
      }
      await weighAndSave(name, kg, cm);
      await noDeveloperText(`weighed ${name}`);
    }
    expect(await weighedCount()).toBe(5);

    // A half-typed weighing, then the phone reloads (offline): nothing is lost.
    const [name6, sex6, birth6] = CHILDREN[5];
    await register(name6, sex6, birth6);
    await ui.visible('input[name="weight"]').fill('10,4');
    await ui.visible('section[aria-label="Hasil penimbangan"]').waitFor();
    await page.waitForTimeout(500); // the kader looks at the result; then the phone restarts
    await page.reload();
    await ui.visible('input[name="weight"]').waitFor();
    expect(await ui.visible('input[name="weight"]').inputValue()).toBe('10,4');
    expect(await ui.visible('form[aria-label^="Meja 2"]').textContent()).toContain('Isian belum tersimpan dipulihkan');
    expect(await ui.visible('form[aria-label^="Meja 2"]').textContent()).toContain('Dicatat oleh Bu Sari');
    await snap('after-reload-draft');
    await weighAndSave(name6, '10,4', CHILDREN[5][4]);
    expect(await weighedCount()).toBe(6);
    await ui.visible('[data-recorder="Bu Sari"]').waitFor(); // remembered across the reload

    // Two more weighed; the last two only registered (they step away before the scale).
    for (const [name, sex, birth, kg, cm] of CHILDREN.slice(6, 8)) {
      await register(name, sex, birth);
      await weighAndSave(name, kg, cm);
    }
    for (const [name, sex, birth] of CHILDREN.slice(8)) {
      await register(name, sex, birth);
      await ui.button('Ganti balita').click();
      await filter('all').waitFor();
    }
    expect(await weighedCount()).toBe(8);

    // "Belum ditimbang" lists exactly the two not weighed; weigh them from there.
    await filter('todo').click();
    await expect.poll(async () => ui.current().locator('ul[aria-label="Pilih balita"] button[data-child]').allInnerTexts()).toHaveLength(2);
    await snap('filter-not-weighed');
    for (const [name, , , kg, cm] of CHILDREN.slice(8)) {
      await row(name).click();
      await weighAndSave(name, kg, cm);
    }
    await ui.visible('p:text("Semua balita di daftar sudah ditimbang.")').waitFor();
    expect(await weighedCount()).toBe(10);

    // The work list: Siti (BGM) needs a referral; the two-month baby has immunisations due.
    await filter('work').click();
    await ui.visible('[data-work="referral"] button[data-child="Siti Aminah"]').waitFor();
    expect(await ui.visible('[data-work="immunisation"]').textContent()).toContain('Gita Maharani');
    await snap('work-list');
    await noDeveloperText('work list');

    // The correction: tapping a weighed child opens that weighing, every field filled in.
    await filter('all').click();
    await row('Budi Santoso').click();
    await ui.visible('[data-correcting]').waitFor();
    expect(await ui.visible('input[name="weight"]').inputValue()).toBe('9,6');
    expect(await ui.visible('input[name="length"]').inputValue()).toBe('75');
    await snap('correction-prefilled');
    await ui.visible('input[name="weight"]').fill('9,8');
    await weighAndSave('Budi Santoso', '9,8', '75,0');
    expect(await weighedCount()).toBe(10);
    await noDeveloperText('after correction');

    // A day held on paper last week: the date picker.
    await ui.visible('input[name="dayDate"]').fill(pastDay);
    await ui.visible(`[data-past-day="${pastDay}"]`).waitFor();
    await ui.visible('section[aria-label="Siapa yang mencatat?"]').waitFor();
    await ui.visible('button.pd-chip[data-kader="Bu Sari"]').click(); // the last recorder is offered first
    await ui.visible('[data-recorder="Bu Sari"]').waitFor();
    const pastText = await ui.current().innerText();
    expect(pastText.toLowerCase()).not.toContain('hari ini');
    // Gita (two months old) was born before the past day; a baby born three days ago was not.
    await register('Kiki Amelia', 'P', daysAgo(3));
    await ui.visible('[data-date-problem="beforeBirth"]').waitFor();
    expect(await ui.visible('[data-date-problem="beforeBirth"]').textContent()).toMatch(/Kiki Amelia belum lahir pada .* \(lahir .*\)/);
    expect(await ui.visible('form[aria-label^="Meja 2"] ion-button[type="submit"]').getAttribute('disabled')).not.toBeNull();
    await snap('past-day-before-birth');
    await noDeveloperText('before birth');
    await ui.button('Ganti balita').click();
    await filter('all').waitFor();
    const listed = await ui.current().locator('ul[aria-label="Pilih balita"] button[data-child]').evaluateAll((els) => els.map((e) => e.getAttribute('data-child')));
    expect(listed).toHaveLength(10);
    expect(listed).not.toContain('Kiki Amelia');
    await row('Hadi Saputra').click();
    await weighAndSave('Hadi Saputra', '15,5', '101,0');
    await row('Eka Putri').click();
    await weighAndSave('Eka Putri', '13,8', '96,5');
    expect(await weighedCount()).toBe(2);
    expect((await ui.current().innerText()).toLowerCase()).not.toContain('hari ini');
    await snap('past-day');
    await noDeveloperText('past day');

    // A future date is refused with a sentence.
    await ui.visible('input[name="dayDate"]').fill(iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 3)));
    await ui.visible('[data-date-problem="future"]').waitFor();
    expect(await ui.visible('[data-date-problem="future"]').textContent()).toContain('belum terjadi');
    await noDeveloperText('future day');

    // Reload offline again and find everything: ten today (Budi corrected, one weighing), two last week.
    await page.reload();
    await ui.visible('input[name="dayDate"]').waitFor();
    await ui.visible('input[name="dayDate"]').fill(today);
    await ui.visible('[data-weighed-count]').waitFor();
    expect(await weighedCount()).toBe(10);
    await ui.visible('input[name="dayDate"]').fill(pastDay);
    await ui.visible(`[data-past-day="${pastDay}"]`).waitFor();
    expect(await weighedCount()).toBe(2);

    await page.goto(`${phone.app.url}/posyandu/balita`);
    await ui.visible('button:has-text("Budi Santoso")').click();
    await ui.visible('tr[data-visit]').waitFor();
    const visits = await ui.current().locator('tr[data-visit]').allInnerTexts();
    expect(visits).toHaveLength(1);
    expect(visits[0]).toContain('9,8 kg');
    expect(visits[0]).toContain('oleh Bu Sari');
    expect(await ui.current().innerText()).toContain('Bu Sari: dihapus/dikoreksi');
    await snap('child-history');
    await noDeveloperText('child page');
  }, 600_000);
});
