import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server';
import type { SyncRecord } from '../../src/domain/records';
import type { PullResponse } from '../../src/sync/protocol';
import { addDays } from '../../src/domain/dates';
import { REPO_ROOT, ensureBuilt, launchBrowser, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import { ionicPage } from './ionic-page';
import { landscape, printPdf } from './print-pdf';

// The Posyantekdes of Prangat Selatan on its own 360 px phone with 4× CPU throttling, through the
// UI only: enrols with the demo code POSYANTEK-PS, goes offline, records the post, its board (a
// chair, then a replacement between terms with its SK), a business income and a business cost in
// the cash book, and sees the business result split 40/10/15/15/20 in whole rupiah with no rupiah
// lost (750.003 → 300.001 + 75.000 + 112.501 + 112.500 + 150.001); reloads offline and finds it
// all; prints the cash book and the quarterly report (read back from the PDF), marks the report
// sent, and syncs when back online: the county holds every record and the figures as sent.

const POST = '64.11/64.11.05.2003/posyantek:desa';
const visibleTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`).filter({ visible: true }).first();
const pad = (n: number) => String(n).padStart(2, '0');
// Screenshots of the phone stay in .tmp/posyantek/ to look at.
const SHOTS = join(REPO_ROOT, '.tmp', 'posyantek');
const localIso = (d = new Date()) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

describe('Posyantek: board, cash book and quarterly report offline, printed, synced', () => {
  let s: RunningServer;
  let dir: string;
  let browser: LaunchedBrowser;
  let page: Page;
  const { visible, button, current } = ionicPage(() => page);
  const today = localIso();
  const termStart = addDays(today, -200);
  let postUrl = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-posyantek-e2e-'));
    mkdirSync(SHOTS, { recursive: true });
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
  async function tap(label: string, title: string) {
    await button(label).click();
    await waitForShell(page, title, 60_000);
  }

  const splitOf = async () => Object.fromEntries(
    await current().locator('[data-testid="pt-split"] tr[data-share]').evaluateAll((rows) =>
      rows.map((r) => [r.getAttribute('data-share'), r.querySelector('td:last-child')!.textContent!.trim()])),
  );
  const expectedSplit = {
    'insentif-pengurus': 'Rp 300.001',
    'pendapatan-desa': 'Rp 75.000',
    'sosial-pendidikan-kesehatan': 'Rp 112.501',
    'kapasitas-pengurus': 'Rp 112.500',
    'modal-usaha': 'Rp 150.001',
  };

  it('enrols as the Posyantekdes\'s phone and gets the Desa tab only', async () => {
    await open('/sinkron');
    await waitForController(page, 60_000);
    await page.locator('ion-input[data-testid="enrol-code"] input').filter({ visible: true }).fill('POSYANTEK-PS');
    await visibleTestId(page, 'enrol-submit').click();
    await visibleTestId(page, 'enrol-ok').waitFor({ timeout: 60_000 });
    await visibleTestId(page, 'sync-done').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.locator('ion-tab-bar ion-tab-button ion-label').allTextContents(), { timeout: 20_000 }).toEqual(['Desa', 'Sinkron', 'Pengaturan']);
  });

  it('offline: records the post, its chair and a replacement between terms with its SK', async () => {
    await browser.context.setOffline(true);
    await page.locator('ion-tab-button[tab="desa"]').click();
    await waitForShell(page, 'Desa', 60_000);
    await visibleTestId(page, 'pt-section').waitFor({ timeout: 30_000 });
    await tap('Catat Posyantek', 'Posyantek baru');
    expect(await visible('input[name="name"]').inputValue()).toBe('Posyantekdes Prangat Selatan');
    await tap('Simpan', 'Posyantekdes Prangat Selatan');
    postUrl = page.url();

    await tap('Pengurus', 'Pengurus Posyantek');
    await tap('Kepengurusan baru (SK baru)', 'Kepengurusan baru');
    await visible('input[name="skNumber"]').fill('141/12/2026');
    await visible('input[name="skDate"]').fill(termStart);
    await visible('input[name="termStart"]').fill(termStart);
    await tap('Simpan', 'Pengurus Posyantek');
    // Six positions, none filled: each open position is a finding with its article.
    await expect.poll(() => current().locator('[data-testid="pt-board-current"] [data-finding="open-position"]').count(), { timeout: 30_000 }).toBe(6);

    await tap('Tambah pengurus', 'Tambah pengurus');
    await visible('select[name="position"]').selectOption('ketua');
    await visible('input[name="name"]').fill('Suparman');
    await tap('Simpan', 'Pengurus Posyantek');
    await expect.poll(() => current().locator('[data-testid="pt-board-current"] [data-finding="open-position"]').count(), { timeout: 30_000 }).toBe(5);

    // Suparman resigns; Rahmawati takes the chair from today by a decree of the kepala desa.
    await current().locator('[data-testid="pt-seat"]', { hasText: 'Suparman' }).locator('ion-button', { hasText: 'Ganti' }).click();
    await waitForShell(page, 'Pergantian pengurus', 60_000);
    await visible('select[name="reason"]').selectOption('mundur');
    await visible('input[name="name"]').fill('Rahmawati');
    await visible('input[name="skNumber"]').fill('141/13/2026');
    await tap('Simpan', 'Pengurus Posyantek');
    const chair = current().locator('[data-testid="pt-seats"] tr', { hasText: 'Ketua' }).first();
    await expect.poll(() => chair.textContent(), { timeout: 30_000 }).toMatch(/Suparman.*berhenti.*mengundurkan diri.*Rahmawati.*menggantikan Suparman/);
    expect(await current().locator('[data-finding="replacement-without-sk"]').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'board.png') });
  });

  it('offline: a business income and a business cost in the cash book; the split adds up to the result to the rupiah; an offline reload loses nothing', async () => {
    await open(new URL(postUrl).pathname, 'Posyantekdes Prangat Selatan');
    await tap('Buku kas dan bagi hasil', 'Buku kas Posyantek');
    const line = async (category: string, amount: string, description: string) => {
      await tap('Catat penerimaan/pengeluaran', 'Catat penerimaan/pengeluaran');
      await visible('select[name="category"]').selectOption(category);
      await visible('input[name="amount"]').fill(amount);
      await visible('input[name="description"]').fill(description);
      await tap('Simpan', 'Buku kas Posyantek');
      await current().locator('[data-testid="pt-cash-line"]', { hasText: description }).first().waitFor({ timeout: 30_000 });
    };
    // A typo first: a decimal comma is refused with a message, and nothing is saved.
    await tap('Catat penerimaan/pengeluaran', 'Catat penerimaan/pengeluaran');
    await visible('input[name="amount"]').fill('1.000,50');
    expect(await visible('.rt-error').textContent()).toContain('rupiah tanpa sen');
    await page.goBack();
    await waitForShell(page, 'Buku kas Posyantek', 60_000);

    await line('pendapatan-usaha', '1.000.003', 'Sewa mesin pencacah');
    await line('beban-usaha', '250000', 'Solar dan perawatan mesin');

    const check = async () => {
      await expect.poll(() => current().locator('[data-testid="pt-cash-line"]').count(), { timeout: 30_000 }).toBe(2);
      expect(await visible('[data-testid="pt-closing"]').textContent()).toBe('Rp 750.003');
      expect(await visible('[data-testid="pt-split"]').textContent()).toContain('Hasil usahaRp 750.003');
      expect(await splitOf()).toEqual(expectedSplit);
    };
    await check();
    await page.screenshot({ path: join(SHOTS, 'cash.png'), fullPage: true });

    await page.reload();
    await waitForShell(page, 'Buku kas Posyantek', 60_000);
    expect(await page.evaluate(() => fetch('/api/health').then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
    await check();

    const pdf = await printPdf(page, 'pt-cash');
    expect(pdf.sizes.every(landscape)).toBe(true);
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Buku kas Posyantek/i);
    expect(flat).toMatch(/Sewa mesin pencacah .*Rp 1\.000\.003 .*Rp 1\.000\.003/);
    expect(flat).toMatch(/Solar dan perawatan mesin .*Rp 250\.000 .*Rp 750\.003/);
    expect(flat).toContain('Tambahan modal usaha (20 %) Rp 150.001');
    expect(flat).toContain('Bendahara');

    // The treasurer gave the month's report to the board.
    await button('Laporan bulan ini sudah disampaikan').click();
    await expect.poll(() => visibleTestId(page, 'pt-monthly').textContent(), { timeout: 30_000 }).toMatch(/tepat waktu.*Disampaikan di rapat pengurus/);
  });

  it('offline: the quarterly report shows what is due when, prints from the records, and is marked sent', async () => {
    await open(new URL(postUrl).pathname, 'Posyantekdes Prangat Selatan');
    await tap('Laporan triwulan', 'Laporan triwulan');
    const year = +today.slice(0, 4);
    const q = Math.floor((+today.slice(5, 7) - 1) / 3) + 1;
    const deadline = q === 4 ? '31 Des' : `7 ${['Apr', 'Jul', 'Okt'][q - 1]}`;
    const calendar = visibleTestId(page, 'pt-calendar');
    await expect.poll(() => calendar.locator(`li[data-quarter="${year}-Q${q}"]`).textContent(), { timeout: 30_000 }).toMatch(new RegExp(`Triwulan ${q} · batas ${deadline} ${year}.*belum dikirim`));
    if (q > 1) expect(await calendar.locator(`li[data-quarter="${year}-Q${q - 1}"]`).textContent()).toContain('tidak dikirim');

    await current().locator('[data-testid="pt-q-split"] tr[data-share]').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'quarter.png') });
    const pdf = await printPdf(page, 'pt-quarter');
    const flat = pdf.text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Laporan triwulan Posyantek/i);
    expect(flat).toContain('Posyantekdes Prangat Selatan');
    expect(flat).toContain(`Batas penyampaian ${deadline} ${year} (Pasal 26 ayat (5))`);
    expect(flat).toContain('Pendapatan usaha Rp 1.000.003');
    expect(flat).toContain('Beban usaha Rp 250.000');
    expect(flat).toContain('Hasil usaha Rp 750.003');
    expect(flat).toContain('Insentif pengurus (40 %) Rp 300.001');
    expect(flat).toContain('Pendapatan desa (10 %) Rp 75.000');
    expect(flat).toContain('Sosial, pendidikan dan kesehatan (15 %) Rp 112.501');
    expect(flat).toContain('Peningkatan kapasitas pengurus (15 %) Rp 112.500');
    expect(flat).toContain('Tambahan modal usaha (20 %) Rp 150.001');
    expect(flat).toContain('Mengetahui, Kepala Desa');

    await button('Tandai sudah dikirim').click();
    await expect.poll(() => visibleTestId(page, 'pt-q-sent').textContent(), { timeout: 30_000 }).toMatch(/Terkirim .* kepada Kepala Desa/);
    expect(await calendar.locator(`li[data-quarter="${year}-Q${q}"]`).textContent()).toContain('tepat waktu');
  });

  it('syncs when back online; the county holds the board, the cash book and the report as sent', async () => {
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
    const mine = recs.filter((r) => r.addr === POST);
    expect(mine.find((r) => r.kind === 'posyantek.post')?.data).toMatchObject({ level: 'desa', name: 'Posyantekdes Prangat Selatan' });
    expect(mine.find((r) => r.kind === 'posyantek.board')?.data).toMatchObject({ skNumber: '141/12/2026', termStart });
    const seats = mine.filter((r) => r.kind === 'posyantek.seat').map((r) => r.data as any);
    expect(seats.map((x) => `${x.person.name}:${x.end ?? ''}:${x.endReason ?? ''}`).sort()).toEqual([`Rahmawati::`, `Suparman:${addDays(today, -1)}:mundur`]);
    expect(mine.filter((r) => r.kind === 'posyantek.cash').map((r) => (r.data as any).amount).sort()).toEqual([1000003, 250000]);
    expect(mine.filter((r) => r.kind === 'posyantek.monthly')).toHaveLength(1);
    const sent = mine.filter((r) => r.kind === 'posyantek.quarter');
    expect(sent).toHaveLength(1);
    expect((sent[0].data as any).snapshot).toMatchObject({ 'business.result': 750003, 'split.insentif-pengurus': 300001, 'split.sosial-pendidikan-kesehatan': 112501, 'split.modal-usaha': 150001 });
  });
});
