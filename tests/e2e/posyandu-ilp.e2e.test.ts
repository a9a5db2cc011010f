import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { openPhone, throttle, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';

// Issue 15: the Posyandu day for every stage but balita, offline on a 360×740 phone with 4× CPU
// throttling, through the UI: a pregnant woman (KEK and a danger sign → referral), a school girl
// (IMT/U), an adult (hypertension, high glucose) and an elder (ADL); a reload in the middle loses
// nothing; a person visited today opens that visit to correct, never a second one; the save button
// is on screen for every stage. Screenshots: $TMPDIR/kader-e2e-posyandu-ilp.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const today = iso(now);
const yearsAgo = (y: number) => iso(new Date(now.getFullYear() - y, now.getMonth(), Math.min(now.getDate(), 28)));
const daysAgo = (n: number) => iso(new Date(now.getFullYear(), now.getMonth(), now.getDate() - n));
const SHOTS = join(tmpdir(), 'kader-e2e-posyandu-ilp');

let phone: Phone;
let page: Page;
const ui = ionicPage(() => page);
let shot = 0;
const snap = async (name: string) => page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });

async function noDeveloperText(step: string) {
  const text = await ui.current().innerText();
  expect(text, step).not.toMatch(/posyandu\.|ilp\.|Invalid|Expected|\b\d{4}-\d{2}-\d{2}\b|\bNaN\b|undefined|\[object/);
}

async function saveButtonOnScreen(): Promise<boolean> {
  return ui.current().locator('form[data-ilp-form] ion-button[type="submit"]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.top >= 0 && r.bottom <= window.innerHeight && !!hit && (el === hit || el.contains(hit) || hit.closest('ion-button') === el);
  });
}

const stage = (g: string) => ui.visible(`.pd-tabs button[data-stage="${g}"]`).click();
const person = (name: string) => ui.visible(`ul[data-ilp-list] button[data-person="${name}"]`);
const visitedCount = async () => Number(await ui.visible('[data-visited-count]').getAttribute('data-visited-count'));

async function registerPerson(name: string, sex: 'L' | 'P', birthDate: string) {
  await ui.button('Daftarkan sasaran baru').click();
  await ui.visible('input[name="personName"]').fill(name);
  await ui.visible('select[name="personSex"]').selectOption(sex);
  await ui.visible('input[name="personBirthDate"]').fill(birthDate);
  await ui.visible('form[data-person-form] ion-button[type="submit"]').click();
  await ui.visible('form[data-ilp-form]').waitFor();
}

async function saveVisit(name: string, step: string) {
  expect(await saveButtonOnScreen(), `save on screen: ${step}`).toBe(true);
  await snap(step);
  await noDeveloperText(step);
  await ui.visible('form[data-ilp-form] ion-button[type="submit"]').click();
  await ui.visible(`[data-last="${name}"]`).waitFor();
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

describe('the ILP day, every stage but balita, offline at 360×740 with 4× CPU throttling', () => {
  it('one person of each stage saved in a few taps; a reload loses nothing; a second visit of the day is a correction', async () => {
    await page.reload();
    await waitForShell(page, 'Posyandu');
    await ui.button('Data Posyandu').click();
    await ui.visible('input[name="name"]').fill('Posyandu Mawar');
    await ui.visible('input[name="desaCode"]').fill('64.11.05.2003');
    await ui.button('Tambah kader').click();
    await ui.visible('input[name="kader-0"]').fill('Bu Sari');
    await ui.visible('ion-button[type="submit"]').click();
    await ui.button('Register lain').waitFor();

    // A pregnant woman, registered where the mothers' registers are.
    await page.goto(`${phone.app.url}/posyandu/register/pregnant`);
    await waitForShell(page, 'Ibu hamil');
    await ui.button('Tambah').click();
    await ui.visible('input[name="name"]').fill('Wati');
    await ui.visible('input[name="lastPeriod"]').fill(daysAgo(120));
    await ui.visible('ion-button[type="submit"]').click();
    await expect.poll(() => page.locator('.pd-list li:visible', { hasText: 'Wati' }).count()).toBe(1);

    // The day page of today: the stage entry, then the ILP day.
    await page.goto(`${phone.app.url}/posyandu/hari/${today}`);
    await ui.visible('[data-stage-link="ibu"]').click();
    await ui.visible('ul[data-ilp-list="ibu"]').waitFor();
    await ui.visible('button.pd-chip[data-kader="Bu Sari"]').click();
    await ui.visible('[data-recorder="Bu Sari"]').waitFor();
    await snap('ibu-list');
    await person('Wati').click();
    await ui.visible('input[name="muac"]').fill('22,5');
    await ui.visible('input[name="bp1"]').fill('120/80');
    await ui.visible('details.pd-card summary').click();
    await ui.visible('input[name="sign-bleeding"]').check();
    await ui.visible('[data-result="hpl"]').waitFor();
    expect(await ui.visible('[data-refer]').getAttribute('data-refer')).toBe('kek dangerSign');
    await saveVisit('Wati', 'ibu-visit');
    expect(await visitedCount()).toBe(1);

    // A school girl: IMT/U from WHO 2007.
    await stage('remaja');
    await registerPerson('Rina', 'P', yearsAgo(14));
    await ui.visible('input[name="weight"]').fill('45');
    await ui.visible('input[name="height"]').fill('155');
    await ui.visible('[data-result="bfa"]').waitFor();
    expect(await ui.visible('[data-result="bfa"]').innerText()).toContain('normal');
    await saveVisit('Rina', 'remaja-visit');

    // Reload in the middle (offline): the saved visits are there, the place kept.
    await page.reload();
    await ui.visible('ul[data-ilp-list="remaja"]').waitFor();
    expect(await visitedCount()).toBe(1);
    await stage('ibu');
    expect(await visitedCount()).toBe(1);

    // An adult: two readings averaged, glucose in the diabetes range → referral.
    await stage('dewasa');
    await registerPerson('Budi', 'L', yearsAgo(45));
    await ui.visible('input[name="bp1"]').fill('150/95');
    await ui.visible('input[name="bp2"]').fill('146/93');
    await ui.visible('input[name="glucose"]').fill('230');
    expect(await ui.visible('[data-refer]').getAttribute('data-refer')).toBe('hypertension highGlucose');
    await saveVisit('Budi', 'dewasa-visit');

    // An elder: weight, height and blood pressure in a few taps.
    await stage('lansia');
    await registerPerson('Mbah Sri', 'P', yearsAgo(70));
    await ui.visible('input[name="weight"]').fill('50');
    await ui.visible('input[name="height"]').fill('150');
    await ui.visible('input[name="bp1"]').fill('130/85');
    await ui.visible('[data-result="bmi"]').waitFor();
    await saveVisit('Mbah Sri', 'lansia-visit');
    expect(await visitedCount()).toBe(1);

    // The same elder again today: her visit opens to correct (filled in), and saving keeps one.
    await person('Mbah Sri').click();
    await ui.visible('[data-correcting]').waitFor();
    expect(await ui.visible('input[name="weight"]').inputValue()).toBe('50');
    await ui.visible('input[name="weight"]').fill('51');
    await saveVisit('Mbah Sri', 'lansia-correction');
    expect(await visitedCount()).toBe(1);

    await page.reload();
    await ui.visible('ul[data-ilp-list="lansia"]').waitFor();
    expect(await visitedCount()).toBe(1);
    await person('Mbah Sri').click();
    expect(await ui.visible('input[name="weight"]').inputValue()).toBe('51');
    await ui.button('Ganti orang').click();
    for (const g of ['ibu', 'remaja', 'dewasa']) {
      await stage(g);
      expect(await visitedCount(), g).toBe(1);
    }
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  });
});
