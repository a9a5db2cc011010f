import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, startApp, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import type { StaticServer } from './static-server';
import { formatDateIn } from '../../src/domain/format';
import { figures, lineOf, printPdf } from './print-pdf';

// The RT books in real Chromium, offline from the first write: set up an RT, three households,
// a birth, a death and an arrival of a two-person household in this month, then the recap is
// checked cell by cell against figures worked out by hand, printed, and reloaded offline.

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
const MONTH = `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;
const prev = new Date(now.getFullYear(), now.getMonth() - 1, 1);
const BOOK_START = `${prev.getFullYear()}-${pad(prev.getMonth() + 1)}-01`;
// Every event on the 1st of this month: never in the future, always in this month.
const EVENT_DAY = `${MONTH}-01`;

let app: StaticServer;
let browser: LaunchedBrowser;
let page: Page;

const on = (sel: string) => page.locator(`.ion-page:not(.ion-page-hidden) ${sel}`).first();

async function go(path: string) {
  await page.goto(app.url + path);
  await waitForShell(page);
}

async function submit() {
  await on('form button[type=submit], form ion-button[type=submit]').click();
}

async function addHousehold(address: string, people: { name: string; sex: 'L' | 'P'; birth: string; wna?: boolean }[]): Promise<string> {
  await go('/warga/kk/baru');
  await on('[name=hh-address]').fill(address);
  await submit();
  await page.waitForURL(/\/warga\/kk\/[0-9A-Z]{26}$/);
  const id = page.url().split('/').pop()!;
  for (const p of people) {
    await go(`/warga/kk/${id}/anggota`);
    await on('[name=name]').fill(p.name);
    await on('[name=sex]').selectOption(p.sex);
    await on('[name=birthDate]').fill(p.birth);
    if (p.wna) await on('[name=citizenship]').selectOption('WNA');
    await submit();
    await page.waitForURL(new RegExp(`/warga/kk/${id}$`));
  }
  return id;
}

async function recapCells(): Promise<Record<string, string>> {
  await on('[data-testid=rt-recap]').waitFor();
  return page.$$eval('.ion-page:not(.ion-page-hidden) [data-testid=rt-recap] td[data-cell]', (tds) =>
    Object.fromEntries(tds.map((td) => [td.getAttribute('data-cell')!, td.textContent!.trim()])));
}

/** Hand-computed: start WNI L Budi, Andi · WNI P Sari, Rina · WNA L John; 3 KK. */
const EXPECTED: Record<string, string> = {
  'start.WNI.L': '2', 'start.WNI.P': '2', 'start.WNA.L': '1', 'start.WNA.P': '0', 'start.KK': '3', 'start.jiwa': '5',
  'lahir.WNI.L': '0', 'lahir.WNI.P': '1', 'lahir.WNA.L': '0', 'lahir.WNA.P': '0', 'lahir.jiwa': '1',
  'datang.WNI.L': '1', 'datang.WNI.P': '0', 'datang.WNA.L': '0', 'datang.WNA.P': '1', 'datang.jiwa': '2',
  'mati.WNI.L': '1', 'mati.WNI.P': '0', 'mati.WNA.L': '0', 'mati.WNA.P': '0', 'mati.jiwa': '1',
  'pindah.WNI.L': '0', 'pindah.WNI.P': '0', 'pindah.WNA.L': '0', 'pindah.WNA.P': '0', 'pindah.jiwa': '0',
  // Budi died, Putri (P) born, Joko (L) and Emma (P, WNA) came: H1 (Sari), H2, H3, H4.
  'end.WNI.L': '2', 'end.WNI.P': '3', 'end.WNA.L': '1', 'end.WNA.P': '1', 'end.KK': '4', 'end.jiwa': '7',
  'lahir.KK': '', 'datang.KK': '', 'mati.KK': '', 'pindah.KK': '',
};

describe('RT books in Chromium, offline', () => {
  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(app.url + '/warga');
    await waitForController(page);
    await browser.context.setOffline(true);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('sets up an RT, keeps the books, and the recap matches the hand count in every cell', async () => {
    await go('/warga');
    await on('[name=desaCode]').fill('64.11.05.2003');
    await on('[name=desaName]').fill('Sumber Sari');
    await on('[name=rtNo]').fill('1');
    await on('[name=rw]').fill('002');
    await on('[name=ketua]').fill('Pak Harto');
    await on('[name=bookStart]').fill(BOOK_START);
    await submit();
    await on('[data-testid=rt-counts]').waitFor();

    const h1 = await addHousehold('Jl. Mawar 1', [{ name: 'Budi', sex: 'L', birth: '1950-02-03' }, { name: 'Sari', sex: 'P', birth: '1955-05-06' }]);
    const h2 = await addHousehold('Jl. Mawar 2', [{ name: 'Andi', sex: 'L', birth: '1980-01-01' }, { name: 'Rina', sex: 'P', birth: '1982-01-01' }]);
    await addHousehold('Jl. Mawar 3', [{ name: 'John', sex: 'L', birth: '1970-01-01', wna: true }]);
    expect(h1).not.toBe(h2);

    // Birth in H2
    await go(`/warga/mutasi/baru/lahir?kk=${h2}`);
    await on('[name=name]').fill('Putri');
    await on('[name=sex]').selectOption('P');
    await on('[name=birthDate]').fill(EVENT_DAY);
    await submit();
    await page.waitForURL(new RegExp(`/warga/kk/${h2}$`));
    await expect.poll(() => on('[data-testid=rt-members]').textContent()).toContain('Putri');

    // Death of Budi
    await go('/warga/mutasi/baru/mati');
    await on('[name=m-personId]').selectOption({ label: 'Budi · Jl. Mawar 1' });
    await on('[name=m-date]').fill(EVENT_DAY);
    await on('[name=m-cause]').fill('Sakit tua');
    // A half-filled form survives a reload (an app update, a killed app): it is kept as a draft.
    // The draft is written per keystroke, asynchronously: reload once the last one is stored (a
    // reload within milliseconds of typing lost it under load; a phone would lose one keystroke).
    await page.waitForFunction(() => new Promise<boolean>((done) => {
      const req = indexedDB.open('kader-desa');
      req.onerror = () => done(false);
      req.onsuccess = () => {
        const all = req.result.transaction('drafts', 'readonly').objectStore('drafts').getAll();
        all.onsuccess = () => { done(JSON.stringify(all.result).includes('Sakit tua')); req.result.close(); };
        all.onerror = () => { done(false); req.result.close(); };
      };
    }), undefined, { timeout: 30_000 });
    await page.reload();
    await waitForShell(page);
    await expect.poll(() => on('[name=m-cause]').inputValue()).toBe('Sakit tua');
    // Shown the app's way ('1 Des 2026'), not ISO and not the browser's locale.
    expect(await on('[name=m-date]').inputValue()).toBe(formatDateIn('id', EVENT_DAY));
    expect(await on('[name=m-personId] option:checked').textContent()).toBe('Budi · Jl. Mawar 1');
    await submit();
    await page.waitForURL(/\/warga\/mutasi$/);
    await expect.poll(() => on('[data-testid=rt-mutations]').textContent()).toContain('Budi');

    // Arrival of a new household of two
    await go('/warga/mutasi/baru/datang');
    await on('[name=m-date]').fill(EVENT_DAY);
    await on('[name=m-place]').fill('Balikpapan');
    await on('[name=m-address]').fill('Jl. Melati 4');
    await on('[name="a0-name"]').fill('Joko');
    await on('[name="a0-sex"]').selectOption('L');
    await on('[name="a0-birthDate"]').fill('1985-03-03');
    await on('#m-addPerson').click();
    await on('[name="a1-name"]').fill('Emma');
    await on('[name="a1-sex"]').selectOption('P');
    await on('[name="a1-birthDate"]').fill('1990-04-04');
    await on('[name="a1-citizenship"]').selectOption('WNA');
    await submit();
    await page.waitForURL(/\/warga\/kk\/[0-9A-Z]{26}$/);
    await expect.poll(() => on('[data-testid=rt-members]').textContent()).toContain('Emma');

    await go(`/warga/rekap/${MONTH}`);
    expect(await recapCells()).toEqual(EXPECTED);
    await expect.poll(() => on('[data-testid=rt-balance]').textContent()).toContain('seimbang');

    // Printed (B3, one row): the end-of-month cells are on the paper, WNA L/P, WNI L/P, KK, members, people.
    const pdf = await printPdf(page, 'rt-e2e-recap');
    const row = figures(lineOf(pdf.text, /^\s*(Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}\s/));
    expect(row.slice(-7)).toEqual(['1', '1', '2', '3', '4', '3', '7']);

    // The monthly report lists the birth and the death.
    await go(`/warga/laporan/${MONTH}`);
    await expect.poll(() => on('[data-testid=rt-report-births]').textContent()).toContain('Putri');
    expect(await on('[data-testid=rt-report-deaths]').textContent()).toContain('Budi');
  });

  it('reloading offline loses nothing', async () => {
    await page.reload();
    await waitForShell(page);
    await go('/warga');
    await expect.poll(() => on('[data-testid=rt-counts]').textContent()).toContain('7 jiwa aktif · 4 KK');
    await go(`/warga/rekap/${MONTH}`);
    expect(await recapCells()).toEqual(EXPECTED);
  });
});
