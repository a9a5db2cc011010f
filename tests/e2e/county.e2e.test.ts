import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server';
import { ensureBuilt, launchBrowser, waitForShell, type LaunchedBrowser } from './browser';

// County staff in Chromium: the real server serves the built app and the demo kabupaten; the user
// enrols with the demo county code on the Sinkron tab and opens every county report. The numbers
// on screen are checked against the county API's own answer for the same demo data.

const visible = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).filter({ visible: true }).first();

/**
 * Opens a county report the way staff do: the Kabupaten tab, then the menu item. (A deep link
 * typed into the address bar renders nothing: the shell adds the county routes only after it has
 * read the enrolment, see the report.)
 */
async function openCounty(page: Page, item: string) {
  await page.locator('ion-tab-button[tab="kabupaten"]').click();
  await page.waitForURL((u) => u.pathname === '/kabupaten');
  await page.locator('ion-item', { hasText: item }).filter({ visible: true }).first().click();
}

async function api(s: RunningServer, token: string, path: string) {
  const r = await fetch(`${s.url}/api/v1/county/${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(r.status).toBe(200);
  return r.json();
}

describe('county screens', () => {
  let s: RunningServer;
  let dir: string;
  let browser: LaunchedBrowser;
  let page: Page;
  let token: string;
  const month = (() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  })();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kd-county-e2e-'));
    s = await startServer({ port: 0, host: '127.0.0.1', seedDemo: true, dataDir: dir, distDir: ensureBuilt(), log: () => undefined });
    const e = await fetch(`${s.url}/api/v1/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'KAB-6411' }) });
    token = (await e.json()).token;
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('enrols with the demo county code and gets the Kabupaten tab', async () => {
    await page.goto(`${s.url}/sinkron`);
    await waitForShell(page);
    const input = page.locator('ion-input[data-testid="enrol-code"] input').filter({ visible: true });
    await input.fill('KAB-6411');
    await visible(page, 'enrol-submit').click();
    await visible(page, 'enrol-ok').waitFor({ timeout: 20_000 });
    await page.locator('ion-tab-button[tab="kabupaten"]').waitFor({ state: 'visible', timeout: 20_000 });
  });

  it('Posyandu overview shows the demo Posyandu with their SKDN and strata; drill-down shows the indicators', async () => {
    const want = await api(s, token, `reports/posyandu?month=${month}&year=${month.slice(0, 4)}`);
    await openCounty(page, 'Posyandu: strata dan SKDN');
    const rows = visible(page, 'posyandu-rows');
    await rows.waitFor({ timeout: 30_000 });
    for (const r of want.rows) {
      const tr = rows.locator('tr', { hasText: r.name });
      await expect(tr.textContent()).resolves.toContain(String(r.skdn.S));
      expect(await tr.textContent()).toContain(`${Math.round(r.ratios.DS * 100)} %`);
    }
    expect(want.rows.length).toBe(2);
    const levels = await visible(page, 'posyandu-levels').textContent();
    expect(levels).toContain(`Pratama ${want.total.levels.pratama}`);
    const desa = await visible(page, 'posyandu-Desa').textContent();
    expect(desa).toContain('Prangat Selatan');

    await rows.locator('a', { hasText: 'Posyandu Mawar' }).click();
    const ind = visible(page, 'strata-indicators');
    await ind.waitFor({ timeout: 30_000 });
    const detail = await api(s, token, `reports/posyandu/demo-pos-mawar?month=${month}&year=${month.slice(0, 4)}`);
    expect(await ind.textContent()).toContain(`sessions${detail.year.indicators.sessions}`);
    expect(await visible(page, 'detail-skdn').textContent()).toContain(String(detail.skdn.D));
  });

  it('population, PKK, devices and configuration show the demo figures', async () => {
    const pop = await api(s, token, `reports/population?month=${month}`);
    await openCounty(page, 'Penduduk: rekap akhir bulan');
    const desa = visible(page, 'pop-desa');
    await desa.waitFor({ timeout: 30_000 });
    expect(pop.total.recap.end.jiwa).toBeGreaterThan(0);
    const totalRow = await desa.locator('tr.kab-total').textContent();
    expect(totalRow).toContain(String(pop.total.recap.end.jiwa));
    expect(await visible(page, 'pop-rt').locator('tr').count()).toBe(pop.rows.length + 1);

    const pkk = await api(s, token, `reports/pkk?month=${month}`);
    await openCounty(page, 'PKK: laporan dasawisma');
    const t = visible(page, 'pkk-desa');
    await t.waitFor({ timeout: 30_000 });
    expect(await t.locator('tr.kab-total').textContent()).toContain(`${pkk.total.reported} / ${pkk.total.groups}`);
    expect(pkk.total.groups).toBe(4);

    await openCounty(page, 'Perangkat dan kode pendaftaran');
    const devs = visible(page, 'devices');
    await devs.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="devices"] tbody tr').length >= 2);
    expect(await devs.textContent()).toContain('Dinas Kesehatan / DPMD Kabupaten (demo 64.11)');
    expect(await visible(page, 'codes').textContent()).toContain('KADE…AR');

    await openCounty(page, 'Konfigurasi untuk HP kader');
    const ver = visible(page, 'cfg-version');
    await ver.waitFor({ timeout: 30_000 });
    expect(await ver.textContent()).toContain('0');
    await visible(page, 'cfg-profile').selectOption('prangat-selatan-2025');
    await visible(page, 'cfg-save').click();
    await visible(page, 'cfg-message').waitFor({ timeout: 20_000 });
    expect(await visible(page, 'cfg-message').textContent()).toContain('1');
    const cfg = await api(s, token, 'config');
    expect(cfg).toMatchObject({ strataProfile: 'prangat-selatan-2025', version: 1 });
  });

  it('offline: the county pages say a signal is needed', async () => {
    await browser.context.setOffline(true);
    await openCounty(page, 'PKK: laporan dasawisma');
    const err = visible(page, 'county-error');
    await err.waitFor({ timeout: 20_000 });
    expect(await err.textContent()).toContain('Perlu sinyal');
    await browser.context.setOffline(false);
  });
});
