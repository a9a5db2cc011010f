import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import { figures, landscape, lineOf, printPdf } from './print-pdf';
import { KETUA_POSYANDU, KMS_CHILD, MONTH, SKDN, enrolPhone, startPrintWorld, type PrintWorld } from './print-fixture';

// Every form a user hands in, printed from a 360 px phone to PDF and read back: the figures are on
// the paper (not just on screen), long books run onto further pages, wide forms print landscape.
// One real server (demo kabupaten + the Sukamaju desa of print-fixture.ts); one phone per role,
// each enrolled through the Sinkron tab, offline before it prints.

let world: PrintWorld;

async function phone(code: string): Promise<{ browser: LaunchedBrowser; page: Page }> {
  const browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  const page = await browser.context.newPage();
  await enrolPhone(page, world.server.url, code);
  // Printing happens offline: the app must come from the service worker.
  await waitForController(page);
  return { browser, page };
}

/** Opens a page by its address, as a bookmark or the app's own links do, and waits for it. */
async function open(page: Page, path: string, ready: string) {
  await page.goto(world.server.url + path);
  await waitForShell(page);
  await page.locator(`#kd-print [data-sheet="${ready}"]`).waitFor({ state: 'attached', timeout: 30_000 });
}

beforeAll(async () => {
  world = await startPrintWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('Posyandu prints', () => {
  let b: LaunchedBrowser;
  let page: Page;
  beforeAll(async () => {
    ({ browser: b, page } = await phone(world.codes.kader));
    await b.context.setOffline(true);
  });
  afterAll(async () => b?.close());

  it('F1/SKDN: landscape, every item by age band and sex, totals, ratios, the note on D/K, signatures', async () => {
    await open(page, `/posyandu/skdn/${MONTH}`, 'skdn');
    const pdf = await printPdf(page, 'skdn');
    expect(pdf.pages).toHaveLength(1);
    expect(landscape(pdf.sizes[0])).toBe(true);
    const p = pdf.pages[0];
    expect(p).toContain('LAPORAN BULANAN PENIMBANGAN BALITA (SKDN)');
    expect(p).toContain('Posyandu Cempaka · Desa Sukamaju');
    // The last three figures of a row are the totals L, P, L+P.
    const total = (re: RegExp) => figures(lineOf(p, re)).slice(-1)[0];
    expect(total(/^\s*S\s+Balita di wilayah/)).toBe(String(SKDN.S));
    expect(total(/^\s*K\s+Punya KMS/)).toBe(String(SKDN.K));
    expect(total(/^\s*D\s+Ditimbang bulan ini/)).toBe(String(SKDN.D));
    expect(total(/^\s*N\s+Naik/)).toBe(String(SKDN.N));
    expect(total(/^\s*T\s+Tidak naik/)).toBe(String(SKDN.T));
    expect(total(/^\s*−\s+Tidak hadir/)).toBe(String(SKDN.absent));
    expect(total(/^\s*D−K\s+Ditimbang tanpa KMS/)).toBe(String(SKDN.weighedNoKms));
    expect(total(/^\s*BGM\s/)).toBe(String(SKDN.BGM));
    expect(total(/^\s*2T\s/)).toBe(String(SKDN.T2));
    // N by age band and sex: all in 12–23 months, 9 boys and 12 girls.
    expect(figures(lineOf(p, /^\s*N\s+Naik/))).toEqual(['0', '0', '0', '0', '9', '12', '0', '0', '0', '0', '9', '12', '21']);
    // No figure on the sheet is negative.
    expect(p).not.toMatch(/\s[−-]\d/);
    expect(figures(lineOf(p, /^\s*D\/S\s/))).toEqual(['88,2', '80']);
    expect(figures(lineOf(p, /^\s*D\/K\s/))).toEqual(['93,8']);
    expect(p).toContain('2 balita ditimbang tanpa KMS/Buku KIA');
    expect(p).toContain('Mengetahui, Kepala Desa Sukamaju');
    expect(p).toContain(KETUA_POSYANDU);
  });

  it("a child's KMS: the weight-for-age chart with the WHO lines and every weighing, decimal commas", async () => {
    await page.goto(world.server.url + '/posyandu/balita');
    await waitForShell(page);
    await page.locator('button:visible', { hasText: KMS_CHILD.name }).click();
    await page.locator('#kd-print [data-sheet="kms"]').waitFor({ state: 'attached' });
    const pdf = await printPdf(page, 'kms');
    expect(pdf.pages).toHaveLength(1);
    expect(landscape(pdf.sizes[0])).toBe(false);
    const p = pdf.pages[0];
    expect(p).toContain('KARTU MENUJU SEHAT (KMS)');
    expect(p).toContain(`${KMS_CHILD.name} · Perempuan`);
    // The chart: its axis, the WHO SD labels; the table: one row per weighing, weights with a comma.
    expect(p).toContain('Umur (bulan)');
    expect(p).toMatch(/\+2[\s\S]*−2|−2[\s\S]*\+2/);
    const weights = KMS_CHILD.weights.map((w) => w.toFixed(1).replace('.', ','));
    for (const [i, w] of weights.entries()) {
      const row = lineOf(p, new RegExp(`\\s${w}\\s`));
      expect(row, `weighing ${w}`).not.toBe('');
      expect(figures(row)).toContain(String(12 + i));
    }
    expect(lineOf(p, /\s9,1\s/)).toMatch(/\sN\s/);
    expect(p).not.toMatch(/\d\.\d kg|\s8\.7\s/);
  });

  it('the strata sheet: both periods with every indicator, and signatures', async () => {
    await open(page, '/posyandu/strata', 'strata');
    const pdf = await printPdf(page, 'strata');
    const p = pdf.text;
    expect(p).toContain('STRATA (TINGKAT PERKEMBANGAN) POSYANDU');
    expect(p).toMatch(/Tahun \d{4} \(resmi\): Strata: Pratama/);
    expect(p).toContain('Hari buka dengan penimbangan');
    expect(p).toContain('Rata-rata D/S');
    expect(p).toContain('Ketua Posyandu');
  });

  it('a register runs over two pages with its headings on each, dates the Indonesian way', async () => {
    await open(page, '/posyandu/register/pregnant', 'register-pregnant');
    const pdf = await printPdf(page, 'register-pregnant');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(landscape(pdf.sizes[0])).toBe(true);
    expect(pdf.pages[0]).toContain('Ibu Hamil 01');
    expect(pdf.pages[pdf.pages.length - 1]).toContain('Ibu Hamil 45');
    for (const p of pdf.pages) expect(p).toMatch(/Nama\s/);
    expect(lineOf(pdf.pages[0], /Ibu Hamil 01\s/)).toContain('22,5');
    expect(pdf.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
