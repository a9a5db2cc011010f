import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server';
import type { SyncRecord } from '../../src/domain/records';
import type { PullResponse } from '../../src/sync/protocol';
import { ensureBuilt, launchBrowser, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import { ionicPage } from './ionic-page';
import { landscape, lineOf, printPdf } from './print-pdf';

// The desa secretary on a 360 px phone with 4× CPU throttling, through the UI only: enrols with the
// demo code DESA-PS (the desa's RT books come down read-only), goes offline, records RT 002's board
// with its members taken from the RT books, one of whom was 62 at the election and lives in RT
// 001 (the warnings cite Pasal 14 ayat (1) huruf f and Pasal 17 ayat (3) huruf h), reloads offline
// and finds everything, comes back online, syncs, and the county sees the board and its warning.

const PS = '64.11/64.11.05.2003';
const visibleTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).filter({ visible: true }).first();

describe('Desa tab (LKD): a board from the RT books, offline, synced to the county', () => {
  let s: RunningServer;
  let dir: string;
  let browser: LaunchedBrowser;
  let page: Page;
  const { visible, button, current } = ionicPage(() => page);
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-lkd-e2e-'));
    s = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, dataDir: dir, distDir: ensureBuilt(), log: () => undefined, reportRefresh: false });
    browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
    page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, title?: string) {
    await page.goto(s.url + path);
    await waitForShell(page, title, 60_000);
  }

  async function addMember(boardTitle: string, position: string, search: string, pick: string) {
    await button('Tambah pengurus').click();
    await waitForShell(page, 'Tambah pengurus', 60_000);
    await visible('select[name="position"]').selectOption(position);
    await visible('input[name="personSearch"]').fill(search);
    await current().locator('.lkd-people button', { hasText: pick }).first().click();
    await expect.poll(() => visible('[data-testid="person-chosen"]').textContent()).toContain(pick);
    await button('Simpan').click();
    await waitForShell(page, boardTitle, 60_000);
    await current().locator('[data-testid="lkd-seats"] a', { hasText: pick }).first().waitFor({ timeout: 30_000 });
  }

  it('enrols as the desa secretary and gets the Desa tab (the RT, Posyandu and dasawisma tabs are not for this role)', async () => {
    await open('/sinkron');
    // The service worker holds the whole app before the network goes away.
    await waitForController(page, 60_000);
    await page.locator('ion-input[data-testid="enrol-code"] input').filter({ visible: true }).fill('DESA-PS');
    await visibleTestId(page, 'enrol-submit').click();
    await visibleTestId(page, 'enrol-ok').waitFor({ timeout: 60_000 });
    await visibleTestId(page, 'sync-done').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('ion-tab-bar ion-tab-button ion-label').allTextContents(), { timeout: 20_000 }).toEqual(['Desa', 'Sinkron', 'Pengaturan']);
    const tabs = await page.locator('ion-tab-bar').boundingBox();
    expect(tabs!.width).toBeLessThanOrEqual(360);
  });

  it('records RT 002\'s board offline from the RT books; a member 62 at the election who lives in RT 001 is flagged with the Pasal; an offline reload keeps it all', async () => {
    await browser.context.setOffline(true);
    await page.locator('ion-tab-button[tab="desa"]').click();
    await waitForShell(page, 'Desa Prangat Selatan', 60_000);
    // The demo LPM's chair is 62: LPM's age holds while serving (Pasal 90 ayat (1) huruf g).
    await expect.poll(() => current().locator('[data-testid="lkd-institutions"] li', { hasText: 'LPM' }).textContent(), { timeout: 30_000 }).toContain('tidak memenuhi syarat');

    await button('Lembaga baru').click();
    await waitForShell(page, 'Lembaga baru', 60_000);
    await visible('select[name="type"]').selectOption('rt');
    await visible('input[name="rtNo"]').fill('2');
    await button('Simpan').click();
    await waitForShell(page, 'RT 002', 60_000);

    await button('Kepengurusan baru (SK baru)').click();
    await waitForShell(page, 'Kepengurusan baru', 60_000);
    await visible('input[name="skNumber"]').fill('141/07/2026');
    await visible('input[name="skDate"]').fill(today);
    await visible('input[name="termStart"]').fill(today);
    await button('Simpan').click();
    await waitForShell(page, 'Pengurus RT 002', 60_000);
    const boardUrl = page.url();

    await addMember('Pengurus RT 002', 'ketua|', 'joko', 'Joko Prasetyo');
    await addMember('Pengurus RT 002', 'sekretaris|', 'bambang', 'Bambang Sutrisno');
    await addMember('Pengurus RT 002', 'bendahara|', 'abdul rahman', 'Haji Abdul Rahman');

    const check = async () => {
      const haji = current().locator('[data-testid="lkd-seats"] li', { hasText: 'Haji Abdul Rahman' }).first();
      await expect.poll(() => haji.locator('[data-finding="age-over"]').textContent(), { timeout: 30_000 }).toMatch(/Umur 62 tahun.*lebih dari 60 tahun.*Pasal 14 ayat \(1\) huruf f/);
      expect(await haji.locator('[data-finding="residence-rt"]').textContent()).toMatch(/Tinggal di RT 001.*Pasal 17 ayat \(3\) huruf h/);
      // Joko, from RT 002's own books, meets every condition the app can check; Bambang also sits
      // on the LPM's board, which an RT board member may not (Pasal 14 ayat (2)).
      const joko = current().locator('[data-testid="lkd-seats"] li', { hasText: 'Joko Prasetyo' }).first();
      expect(await joko.locator('[data-finding]').count()).toBe(0);
      const bambang = current().locator('[data-testid="lkd-seats"] li', { hasText: 'Bambang Sutrisno' }).first();
      expect(await bambang.locator('[data-finding="other-seat"]').textContent()).toMatch(/LPM Desa Prangat Selatan.*Pasal 14 ayat \(2\)/);
    };
    await check();
    await page.screenshot({ path: join(dir, 'board.png') });

    await page.reload();
    await waitForShell(page, 'Pengurus RT 002', 60_000);
    expect(page.url()).toBe(boardUrl);
    // Still cut off after the reload: the county endpoint cannot be reached (what was shown came
    // from the service worker and IndexedDB). navigator.onLine is not asked: with the CPU-throttling
    // DevTools session attached it reads true after a reload although every request fails.
    expect(await page.evaluate(() => fetch('/api/health').then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
    await check();
    await open('/desa', 'Desa Prangat Selatan');
    await expect.poll(() => current().locator('[data-testid="lkd-institutions"] li', { hasText: 'RT 002' }).textContent(), { timeout: 30_000 }).toContain('2 tidak memenuhi syarat');

    // The board list prints offline, read back from the PDF: every board with its SK, the members
    // and each finding with its article, signed by the kepala desa.
    await button('Daftar pengurus dan laporan').click();
    await waitForShell(page, 'Pengurus lembaga desa', 60_000);
    await current().locator('[data-testid="lkd-report-board"]', { hasText: 'RT 002' }).first().waitFor({ timeout: 30_000 });
    const pdf = await printPdf(page, 'lkd-boards');
    expect(pdf.sizes.every(landscape)).toBe(true);
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(pdf.pages[0]).toMatch(/Pengurus lembaga desa/i); // the sheet's title is set in capitals
    expect(flat).toContain('Desa Prangat Selatan');
    expect(flat).toMatch(/RT 002 .*141\/07\/2026/);
    expect(flat).toMatch(/Haji Abdul Rahman: Umur 62 tahun .* \(Pasal 14 ayat \(1\) huruf f\)/);
    // Posyandu Mawar's open seat, its article wrapped in a narrow cell.
    expect(lineOf(pdf.text, /^Posyandu\s+Bendahara \(Pasal/)).not.toBe('');
    expect(lineOf(pdf.text, /^Mawar\s+76 huruf c\)/)).not.toBe('');
    expect(flat).toMatch(/LPM Desa Prangat Selatan .*Pasal 90 ayat \(1\) huruf g/);
    expect(lineOf(pdf.text, /Kepala Desa Prangat Selatan/)).not.toBe('');
  });

  it('syncs when back online; the county holds the board and the member\'s link to the RT books', async () => {
    await browser.context.setOffline(false);
    await open('/sinkron');
    await visibleTestId(page, 'sync-now').click();
    await expect.poll(() => visibleTestId(page, 'sync-pending').textContent(), { timeout: 120_000 }).toBe('Semua catatan sudah terkirim');

    const county = await (await fetch(`${s.url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'KAB-6411' }) })).json();
    const recs: SyncRecord[] = [];
    for (let cursor = '0'; ;) {
      const r = (await (await fetch(`${s.url}/api/v1/sync/pull`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${county.token}` }, body: JSON.stringify({ cursor, limit: 2000 }) })).json()) as PullResponse;
      recs.push(...r.changes);
      cursor = r.cursor;
      if (!r.hasMore) break;
    }
    const addr = `${PS}/rt:002/lkd:rt`;
    expect(recs.find((r) => r.kind === 'lkd.institution' && r.addr === addr)?.data).toMatchObject({ type: 'rt', name: 'RT 002' });
    expect(recs.find((r) => r.kind === 'lkd.board' && r.addr === addr)?.data).toMatchObject({ skNumber: '141/07/2026', termStart: today });
    const seats = recs.filter((r) => r.kind === 'lkd.seat' && r.addr === addr);
    expect(seats.map((x) => (x.data as any).person.name).sort()).toEqual(['Bambang Sutrisno', 'Haji Abdul Rahman', 'Joko Prasetyo']);
    expect((seats.find((x) => (x.data as any).person.name === 'Haji Abdul Rahman')!.data as any).person.personId).toBe('demo-lkd-p1');
  });

  it('the county officer sees the synced board in the county view per desa, with the article, and prints it', async () => {
    const officer = await launchBrowser({ viewport: { width: 1024, height: 740 } });
    try {
      const p = await officer.context.newPage();
      await p.goto(s.url + '/sinkron');
      await waitForShell(p, undefined, 60_000);
      await p.locator('ion-input[data-testid="enrol-code"] input').filter({ visible: true }).fill('KAB-6411');
      await visibleTestId(p, 'enrol-submit').click();
      await visibleTestId(p, 'enrol-ok').waitFor({ timeout: 60_000 });
      await p.locator('ion-tab-button[tab="kabupaten"]').click();
      await p.locator('ion-item', { hasText: 'Lembaga desa' }).filter({ visible: true }).first().click();
      const attention = visibleTestId(p, 'lkd-county-attention');
      await attention.waitFor({ timeout: 60_000 });
      // No names at the county: the seat, the reason and the article.
      const rt2 = await attention.locator('tr').filter({ has: p.locator('td:nth-child(2)', { hasText: /^RT 002$/ }) }).first().textContent();
      expect(rt2).toMatch(/Bendahara: Umur 62 tahun.*\(Pasal 14 ayat \(1\) huruf f\)/);
      expect(rt2).not.toContain('Haji Abdul Rahman');
      expect(await visibleTestId(p, 'lkd-county-ending').textContent()).toContain('RT 001');
      const desaRow = await visibleTestId(p, 'lkd-desa').locator('tr', { hasText: 'Prangat Selatan' }).first().textContent();
      expect(desaRow).toMatch(/64\.11\.05\.2003 Prangat Selatan\s*5/);

      const pdf = await printPdf(p, 'lkd-county');
      expect(pdf.sizes.every(landscape)).toBe(true);
      const flat = pdf.text.replace(/\s+/g, ' ');
      expect(pdf.pages[0]).toMatch(/Lembaga desa: pengurus dan SK/i);
      expect(flat).toMatch(/RT 002 .*141\/07\/2026/);
      expect(flat).toContain('Pasal 90 ayat (1) huruf g');
      expect(flat).toContain('Pasal 14 ayat (1) huruf f');
      expect(flat).not.toContain('Haji Abdul Rahman');
    } finally {
      await officer.close();
    }
  });
});
