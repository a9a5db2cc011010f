import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import writeXlsxFile, { type Cell as XCell } from 'write-excel-file/universal';
import { openPhone, throttle, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';
import { readFirstSheet } from '../../src/app/interop/xlsx';
import { DIRTY_NEW_LAYOUT } from '../fixtures/interop/eppgbm-dirty';

// Issue 16 items 1–2 on a 360×740 phone with 4× CPU throttling and no network: a new Posyandu
// starts from a dirty e-PPGBM file (the preview says each row's problem in words, the good rows
// become children and weighings), a reload, then "Ekspor e-PPGBM" for January 2026 downloads one
// XLSX with exactly e-PPGBM's columns, and importing that file and the dirty file again through the
// same screen adds nothing. Screenshots: $TMPDIR/kader-e2e-eppgbm.

const SHOTS = join(tmpdir(), 'kader-e2e-eppgbm');
const HEADER = 'NIK, Nama, JK, Tgl Lahir, BB Lahir, TB Lahir, Nama Ortu, Prov, Kab/Kota, Kec, Pukesmas, Desa/Kel, Posyandu, RT, RW, Alamat, Usia Saat Ukur, Tanggal Pengukuran, Berat, Tinggi, Cara Ukur, LiLA, BB/U, ZS BB/U, TB/U, ZS TB/U, BB/TB, ZS BB/TB, Naik Berat Badan, PMT Diterima (kg), Jml Vit A, KPSP, KIA'.split(', ');

let phone: Phone;
let page: Page;
const ui = ionicPage(() => page);
let shot = 0;
const snap = async (name: string) => page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });

/** The dirty fixture as a real .xlsx: numbers stay numbers (the Excel date serials too), text stays text. */
async function dirtyXlsx(): Promise<string> {
  const data = DIRTY_NEW_LAYOUT.map((r) => r.map((c): XCell => (c === null ? null : typeof c === 'number' ? { value: c, type: Number } : { value: c, type: String })));
  const path = join(SHOTS, 'e-PPGBM-kotor.xlsx');
  writeFileSync(path, Buffer.from(await (await writeXlsxFile(data, { sheet: 'Pengukuran' }).toBlob()).arrayBuffer()));
  return path;
}

async function openFromRegisters(go: 'eppgbm-export' | 'eppgbm-import', title: string) {
  await page.goto(new URL('/posyandu/register', page.url()).href);
  await waitForShell(page, 'Register Posyandu');
  await ui.visible(`button[data-go="${go}"]`).click();
  await waitForShell(page, title);
}

/** Picks the file on the import screen and waits for its preview. */
async function preview(path: string): Promise<string> {
  await ui.visible('input[name="file"]').setInputFiles(path);
  await ui.visible('[data-summary]').waitFor({ timeout: 60_000 });
  return (await ui.visible('[data-summary]').getAttribute('data-summary'))!;
}

async function importShown(): Promise<string> {
  await ui.visible('ion-button[data-action="eppgbm-import"]').click();
  await ui.visible('[data-result]').waitFor({ timeout: 60_000 });
  return (await ui.visible('[data-result]').getAttribute('data-result'))!;
}

const rowText = async (n: number) => (await ui.visible(`li[data-row="${n}"]`).innerText()).replace(/\s+/g, ' ');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  phone = await openPhone('/posyandu');
  page = phone.page;
  await throttle(page, { offline: true });
});

afterAll(async () => {
  await phone?.close();
});

describe('e-PPGBM export and import offline at 360×740 with 4× CPU throttling', () => {
  it('imports a dirty file with each problem in words, exports a month with the exact columns, and a second import adds nothing', async () => {
    const dirty = await dirtyXlsx();
    await page.reload();
    await waitForShell(page, 'Posyandu');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await ui.button('Data Posyandu').click();
    await ui.visible('input[name="name"]').fill('Posyandu Mawar');
    await ui.visible('input[name="desaCode"]').fill('64.11.05.2003');
    await ui.visible('input[name="desaName"]').fill('Prangat Selatan');
    await ui.visible('ion-button[type="submit"]').click();
    await ui.button('Register lain').waitFor();

    // 1. The dirty file: the preview says each row's problem, nothing is saved yet.
    await openFromRegisters('eppgbm-import', 'Impor dari e-PPGBM');
    expect(await preview(dirty)).toBe('10/5/5/4');
    await snap('preview-dirty');
    const preview1 = (await ui.current().innerText()).replace(/\s+/g, ' ');
    expect(preview1).toContain('10 baris: 5 bisa diimpor (4 balita), 5 dilewati.');
    expect(await rowText(5)).toContain('NIK kosong: balita dicatat tanpa NIK.');
    expect(await rowText(6)).toContain('NIK "8888888888888888" hanya pengisi: balita dicatat tanpa NIK.');
    expect(await rowText(6)).toContain('Berat "8888" hanya pengisi: berat tidak diambil.');
    expect(await rowText(7)).toContain('Kolom NIK berisi nomor HP (081234567890)');
    expect(await rowText(7)).toContain('Kolom nama orang tua berisi nomor HP (0812 3456 7891): nama orang tua dikosongkan.');
    expect(await rowText(8)).toContain('Salinan baris 4: anak yang sama, tanggal yang sama, angka yang sama.');
    expect(await rowText(8)).toContain('dilewati');
    expect(await rowText(9)).toContain('dengan angka lain (lihat baris 5); baris 5 yang dipakai.');
    expect(await rowText(10)).toContain('Tanggal lahir kosong.');
    expect(await rowText(11)).toContain('Diukur pada 1 Des 2025, sebelum tanggal lahir.');
    expect(await rowText(12)).toContain('Tidak ada berat maupun tinggi.');
    // No developer text: no key, no ISO date, no code.
    expect(preview1).not.toMatch(/interop\.|\b\d{4}-\d{2}-\d{2}\b|undefined|NaN|sameDay|nikEmpty/);
    // Clean rows are not listed among the problems; the full list has them.
    expect(await ui.current().locator('li[data-row="4"]').count()).toBe(0);
    expect(await importShown()).toBe('4/0/5/0');
    expect((await ui.visible('[data-result]').innerText()).replace(/\s+/g, ' ')).toContain('4 balita baru, 0 balita sudah ada; 5 penimbangan baru');
    await snap('result-dirty');

    // 2. A reload in the middle: the children and their weighings are still there.
    await page.reload();
    await waitForShell(page, 'Impor dari e-PPGBM');
    await page.goto(new URL('/posyandu/balita', page.url()).href);
    await waitForShell(page, 'Register balita');
    for (const name of ['Ani Lestari', 'Bayu Pratama', 'Citra', 'Dimas']) await ui.visible(`.pd-list li:has-text("${name}")`).waitFor();
    expect(await ui.current().locator('.pd-list > li').count()).toBe(4);

    // 3. Export January 2026: one XLSX, exactly e-PPGBM's columns, one row per measurement.
    await openFromRegisters('eppgbm-export', 'Ekspor e-PPGBM');
    await ui.visible('select[name="month"]').selectOption('2026-01');
    await expect.poll(() => ui.visible('[data-count]').getAttribute('data-count'), { timeout: 30_000 }).toBe('4');
    await ui.visible('input[name="prov"]').fill('Kalimantan Timur');
    await ui.visible('input[name="kab"]').fill('Kutai Kartanegara');
    await ui.visible('input[name="kec"]').fill('Marangkayu');
    await ui.visible('input[name="puskesmas"]').fill('Sebuntal');
    await snap('export');
    const [download] = await Promise.all([page.waitForEvent('download'), ui.visible('ion-button[data-action="eppgbm-download"]').click()]);
    expect(download.suggestedFilename()).toBe('e-PPGBM_Posyandu_Mawar_2026-01.xlsx');
    const exported = join(SHOTS, download.suggestedFilename());
    await download.saveAs(exported);
    const sheet = await readFirstSheet(new Blob([new Uint8Array(readFileSync(exported))]));
    expect(sheet[0]).toEqual(HEADER);
    expect(sheet).toHaveLength(5);
    const row = (name: string) => Object.fromEntries(HEADER.map((h, i) => [h, sheet.find((r) => r[1] === name)![i]]));
    const ani = row('Ani Lestari');
    expect(ani).toMatchObject({ NIK: '6411055506230001', JK: 'P', 'Nama Ortu': 'Siti Aminah', Prov: 'Kalimantan Timur', 'Kab/Kota': 'Kutai Kartanegara', Kec: 'Marangkayu', Pukesmas: 'Sebuntal', 'Desa/Kel': 'Prangat Selatan', Posyandu: 'Posyandu Mawar', 'Usia Saat Ukur': '2 Tahun - 6 Bulan', Berat: 9.1, Tinggi: 74.5, 'Cara Ukur': 'Terlentang', LiLA: 14.2, 'Naik Berat Badan': 'N' });
    expect((ani['Tgl Lahir'] as Date).toISOString().slice(0, 10)).toBe('2023-06-15');
    expect((ani['Tanggal Pengukuran'] as Date).toISOString().slice(0, 10)).toBe('2026-01-13');
    expect(row('Bayu Pratama')).toMatchObject({ NIK: null, Berat: 11.4, Tinggi: 82, 'Cara Ukur': 'Berdiri', 'Naik Berat Badan': 'B' });
    expect(row('Citra')).toMatchObject({ Berat: null, Tinggi: 63, 'BB/U': null });
    expect(row('Dimas')).toMatchObject({ NIK: null, 'Nama Ortu': null, Berat: 13.2 });

    // 4. The exported file back in: every row good, nothing new.
    await openFromRegisters('eppgbm-import', 'Impor dari e-PPGBM');
    expect(await preview(exported)).toBe('4/4/0/4');
    expect(await importShown()).toBe('0/4/0/4');
    await snap('result-export-again');

    // 5. The dirty file a second time: nothing new either.
    await ui.button('Impor berkas lain').click();
    expect(await preview(dirty)).toBe('10/5/5/4');
    expect(await importShown()).toBe('0/4/0/5');

    // The records: four children, Ani with her December and January weighings only.
    await page.reload();
    await waitForShell(page, 'Impor dari e-PPGBM');
    await page.goto(new URL('/posyandu/balita', page.url()).href);
    await waitForShell(page, 'Register balita');
    await ui.visible('.pd-list li:has-text("Dimas")').waitFor();
    expect(await ui.current().locator('.pd-list > li').count()).toBe(4);
    await ui.visible('.pd-list li:has-text("Ani Lestari") button').click();
    await ui.visible('tr[data-visit]').waitFor();
    const visits = await ui.current().locator('tr[data-visit]').allInnerTexts();
    expect(visits.map((v) => v.replace(/\s+/g, ' '))).toEqual([expect.stringContaining('13 Jan 2026'), expect.stringContaining('13 Des 2025')]);
    await snap('ani');
  });
});
