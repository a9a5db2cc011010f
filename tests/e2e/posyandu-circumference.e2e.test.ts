import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { openPhone, throttle, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';
import { printPdf } from './print-pdf';

// Issue 15, balita part: head circumference and LiLA in the weighing, with their WHO z-scores,
// categories and the Kemenkes LiLA class; the alerts and the referral suggestion at once; saved
// offline, found again after a reload in the child's visit list, on the head/LiLA charts, and in the
// child's KMS (printed, read from the PDF, and CSV). A 360×740 phone, 4× CPU throttling, no network, through the screens.
// Screenshots: $TMPDIR/kader-e2e-posyandu-circumference.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const now = new Date();
const monthsAgo = (m: number) => iso(new Date(now.getFullYear(), now.getMonth() - m, Math.min(now.getDate(), 28)));
const SHOTS = join(tmpdir(), 'kader-e2e-posyandu-circumference');

let phone: Phone;
let page: Page;
const ui = ionicPage(() => page);
let shot = 0;
const snap = (name: string) => page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });

async function register(name: string, sex: 'L' | 'P', birthDate: string) {
  await ui.button('Daftarkan balita baru').click();
  await ui.visible('input[name="name"]').fill(name);
  await ui.visible('select[name="sex"]').selectOption(sex);
  await ui.visible('input[name="birthDate"]').fill(birthDate);
  await ui.visible('input[name="motherName"]').fill(`Ibu ${name}`);
  await ui.visible('form[aria-label="Balita baru"] ion-button[type="submit"]').click();
  await ui.visible('input[name="weight"]').waitFor();
}

/** The save button is on screen, not covered, without scrolling. */
const saveButtonOnScreen = () => ui.current().locator('form[aria-label^="Meja 2"] ion-button[type="submit"]').evaluate((el) => {
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return r.top >= 0 && r.bottom <= window.innerHeight && !!hit && (el === hit || el.contains(hit) || hit.closest('ion-button') === el);
});

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  phone = await openPhone('/posyandu');
  page = phone.page;
  await throttle(page, { offline: true });
});

afterAll(async () => {
  await phone?.close();
});

describe('head circumference and LiLA of a balita, offline at 360×740 with 4× CPU throttling', () => {
  it('z-scores, categories and alerts at once; kept across a reload; on the child page, the charts and the CSV', async () => {
    await page.reload();
    await waitForShell(page, 'Posyandu');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    await ui.button('Data Posyandu').click();
    await ui.visible('input[name="name"]').fill('Posyandu Melati');
    await ui.visible('input[name="desaCode"]').fill('64.11.05.2003');
    await ui.visible('input[name="desaName"]').fill('Prangat Selatan');
    await ui.button('Tambah kader').click();
    await ui.visible('input[name="kader-0"]').fill('Bu Sari');
    await ui.visible('ion-button[type="submit"]').click();
    await ui.button('Buka hari Posyandu (hari ini)').click();
    await ui.visible('button.pd-chip[data-kader="Bu Sari"]').click();
    await ui.visible('[data-recorder="Bu Sari"]').waitFor();

    // A girl of 14 months: head 41 cm (below −2 SD), LiLA 11,2 cm (gizi buruk).
    await register('Rina Wati', 'P', monthsAgo(14));
    await ui.visible('input[name="weight"]').fill('8,0');
    await ui.visible('input[name="length"]').fill('74,0');
    await ui.visible('section[aria-label="Hasil penimbangan"]').waitFor();
    await ui.visible('form[aria-label^="Meja 2"] details summary').click();
    await ui.visible('input[name="head"]').fill('41,0');
    await ui.visible('input[name="muac"]').fill('11,2');
    await ui.visible('tr[data-ind="hcfa"]').waitFor();
    const result = await ui.visible('section[aria-label="Hasil penimbangan"]').innerText();
    expect(result).toContain('LK/U');
    expect(result).toContain('LiLA/U');
    expect(result).toMatch(/LK\/U\s+−[2-5],\d\d\s+Lingkar kepala kecil/);
    expect(result).toContain('LiLA < 11,5 cm: gizi buruk');
    expect(result).toContain('Lingkar kepala di bawah −2 SD');
    expect(result).toContain('Sarankan rujuk ke Puskesmas');
    expect(result).toContain('LiLA: gizi buruk (< 11,5 cm)');
    await ui.visible('[data-alert="refer"]').waitFor();
    // The referral box below is suggested, and the save button stays on screen.
    expect(await saveButtonOnScreen()).toBe(true);
    await snap('weigh-head-lila');

    // A typo is said at the field and blocks the save; nothing is lost.
    await ui.visible('input[name="muac"]').fill('11,2x');
    await ui.visible('text=Tulis angka, misalnya 45,5').waitFor();
    expect(await ui.visible('form[aria-label^="Meja 2"] ion-button[type="submit"]').getAttribute('disabled')).not.toBeNull();
    await ui.visible('input[name="muac"]').fill('11,2');

    // Reload before saving: the draft keeps head and LiLA.
    await page.waitForTimeout(500);
    await page.reload();
    await ui.visible('input[name="weight"]').waitFor();
    expect(await ui.visible('input[name="head"]').inputValue()).toBe('41,0');
    expect(await ui.visible('input[name="muac"]').inputValue()).toBe('11,2');
    await ui.visible('form[aria-label^="Meja 2"] ion-button[type="submit"]').click();
    await ui.visible('[data-last="Rina Wati"]').waitFor();
    const last = await ui.visible('[data-last="Rina Wati"]').innerText();
    expect(last).toContain('LiLA < 11,5 cm: gizi buruk');
    expect(last).toContain('Sarankan rujuk ke Puskesmas');

    // The work list names her for referral by LiLA, and has the mothers' part (empty registers).
    await ui.visible('.pd-tabs button[data-filter="work"]').click();
    await ui.visible('[data-work="referral"] button[data-child="Rina Wati"]').waitFor();
    expect(await ui.visible('[data-work="referral"]').innerText()).toContain('LiLA < 11,5 cm');
    await ui.visible('[data-work="kek"]').waitFor();
    await ui.visible('[data-work="anc"]').waitFor();
    await snap('work-list');

    // Reload offline; the child page shows the visit with head and LiLA and their z-scores.
    await page.reload();
    await ui.visible('[data-weighed-count]').waitFor();
    await page.goto(`${phone.app.url}/posyandu/balita`);
    await ui.visible('button:has-text("Rina Wati")').click();
    await ui.visible('tr[data-visit]').waitFor();
    const visit = await ui.visible('tr[data-visit]').innerText();
    expect(visit).toMatch(/LK 41,0 cm · z −\d,\d\d/);
    expect(visit).toContain('Lingkar kepala kecil');
    expect(visit).toMatch(/LiLA 11,2 cm · z −\d,\d\d/);

    // The head and LiLA charts each have the point.
    await ui.visible('.pd-tabs button:text("Lingkar kepala")').click();
    await ui.visible('svg.pd-chart[aria-label^="Grafik Lingkar kepala"] circle').waitFor();
    await snap('chart-head');
    await ui.visible('.pd-tabs button:text-is("LiLA")').click();
    await ui.visible('svg.pd-chart[aria-label^="Grafik LiLA"] circle').waitFor();
    expect(await ui.current().locator('svg.pd-chart[aria-label^="Grafik LiLA"] circle').count()).toBe(1);
    await snap('chart-lila');

    // The KMS: printed (PDF text) and as CSV, with head, LiLA, their z-scores and classes.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      ui.visible('.kd-export ion-button[data-action="csv"]').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const heads = csv.split(/\r?\n/).find((l) => l.includes('LK (cm)'))!;
    expect(heads).toContain('Z LK/U;Status LK/U;LiLA (cm);Z LiLA/U;Kelas LiLA');
    const line = csv.split(/\r?\n/).find((l) => l.includes(';41,0;'))!;
    expect(line).toMatch(/;41,0;-\d,\d\d;Lingkar kepala kecil \(mikrosefali\);11,2;-?\d,\d\d;gizi buruk \(< 11,5 cm\)/);
    const { text } = await printPdf(page, 'kms-head-lila');
    // The narrow printed columns wrap their words: the row's first line holds each cell's start.
    expect(text).toMatch(/Z\s+Status\s+LiLA\s+Z\s+Kelas/);
    expect(text).toMatch(/74,0\s+B\s+−\d,\d\d\s+\S+\s+−?\d,\d\d\s+41,0\s+−\d,\d\d\s+Lingkar\s+11,2\s+−\d,\d\d\s+gizi/);
    expect(text).toMatch(/kepala kecil/);
  }, 600_000);
});
