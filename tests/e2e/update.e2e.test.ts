import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, buildApp, launchBrowser, waitForController, waitForShell, type LaunchedBrowser } from './browser';
import { ionicPage } from './ionic-page';
import { startStaticServer, type StaticServer } from './static-server';

// An update waits for the user (issue 14 item 9). Release A is installed and used offline through
// the UI on a 360 px phone with 4× CPU throttling: a Posyandu set up, one child weighed and saved,
// a second child's weighing half typed. Release B is deployed with a schema change (one more Dexie
// version: a new index over every record and an upgrade that reads them all, src/data/db.ts). Back
// online, the app finds B, says so, never reloads by itself, warns that the half-typed form and the
// unsent changes stay, and reloads only on the second tap. B then opens the phone's data through
// the real upgrade: the saved weighing, the half-typed one restored in its form, the outbox.

const pad = (n: number) => String(n).padStart(2, '0');
const now = new Date();
/** A birth date m months ago, as the date field takes it. */
const birth = (m: number) => {
  const d = new Date(now.getFullYear(), now.getMonth() - m, 10);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

let server: StaticServer;
let browser: LaunchedBrowser;
let page: Page;
const ui = ionicPage(() => page);
const outA = join(REPO_ROOT, '.tmp', 'e2e-update', 'a');
const outB = join(REPO_ROOT, '.tmp', 'e2e-update', 'b');

/** What the phone's database holds, read the way any IndexedDB tool would. */
function stored(p: Page) {
  return p.evaluate(
    () =>
      new Promise<{ version: number; stores: string[]; records: number; outbox: number; drafts: string[]; upgraded: unknown }>((ok, fail) => {
        const req = indexedDB.open('kader-desa');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['records', 'outbox', 'drafts', 'meta'], 'readonly');
          const r = tx.objectStore('records').count();
          const o = tx.objectStore('outbox').count();
          const d = tx.objectStore('drafts').getAllKeys();
          const m = tx.objectStore('meta').get('e2e.nextSchema');
          tx.oncomplete = () => {
            ok({ version: db.version, stores: [...db.objectStoreNames], records: r.result, outbox: o.result, drafts: d.result.map(String), upgraded: m.result?.value ?? null });
            db.close();
          };
          tx.onerror = () => fail(tx.error);
        };
        req.onerror = () => fail(req.error);
      }),
  );
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

const weighedCount = async () => Number(await ui.visible('[data-weighed-count]').getAttribute('data-weighed-count'));

beforeAll(async () => {
  buildApp(outA, { KADER_APP_VERSION: '9.0.0-e2e-a' });
  buildApp(outB, { KADER_APP_VERSION: '9.0.0-e2e-b', KADER_E2E_NEXT_SCHEMA: '1' });
  server = await startStaticServer(outA);
  browser = await launchBrowser({ viewport: { width: 360, height: 740 } });
  page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('an update waits for the user and keeps a half-typed weighing through a schema upgrade', () => {
  it('release A, used offline: a weighing saved, another half typed', async () => {
    await page.goto(server.url + '/posyandu');
    await waitForShell(page, 'Posyandu');
    await waitForController(page);
    await browser.context.setOffline(true);

    await ui.button('Data Posyandu').click();
    await ui.visible('input[name="name"]').fill('Posyandu Mawar');
    await ui.visible('input[name="desaCode"]').fill('64.11.05.2003');
    await ui.visible('input[name="desaName"]').fill('Prangat Selatan');
    await ui.button('Tambah kader').click();
    await ui.visible('input[name="kader-0"]').fill('Bu Sari');
    await ui.visible('ion-button[type="submit"]').click();
    await ui.button('Buka hari Posyandu (hari ini)').click();
    await ui.visible('button.pd-chip[data-kader="Bu Sari"]').click();
    await ui.visible('[data-recorder="Bu Sari"]').waitFor();
    await ui.visible('input[name^="hadir-"]').check();
    await ui.button('Catat hari buka').click();
    await ui.visible('details[aria-label="Kader yang hadir"]:not([open])').waitFor();

    await register('Budi Santoso', 'L', birth(12));
    await ui.visible('input[name="weight"]').fill('9,6');
    await ui.visible('input[name="length"]').fill('75,0');
    await ui.visible('section[aria-label="Hasil penimbangan"]').waitFor();
    await ui.visible('form[aria-label^="Meja 2"] ion-button[type="submit"]').click();
    await ui.visible('[data-last="Budi Santoso"]').waitFor();
    expect(await weighedCount()).toBe(1);

    await register('Citra Lestari', 'P', birth(30));
    await ui.visible('input[name="weight"]').fill('12,1');
    await ui.visible('section[aria-label="Hasil penimbangan"]').waitFor();
    // The half-typed weighing is kept as a draft as it is typed (asynchronously): wait until it is.
    await expect.poll(async () => (await stored(page)).drafts.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const a = await stored(page);
    expect(a.version).toBe(30); // Dexie stores version n as n × 10: release A is schema 3
    expect(a.outbox).toBeGreaterThan(0);
  });

  it('release B is found back online; nothing happens until the second tap; B opens everything through its upgrade', async () => {
    const before = await stored(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    const sameDocument = () => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

    await browser.context.setOffline(false);
    server.setRoot(outB);
    // What the app does on its own check; asked now so the test does not wait for the interval.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.locator('[data-testid="update-banner"]');
    await banner.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await banner.textContent()).toContain('Versi baru tersedia');

    // Nothing happens on its own: same document, the half-typed weight still in its field.
    await page.waitForTimeout(3000);
    expect(await sameDocument()).toBe(true);
    expect(await ui.visible('input[name="weight"]').inputValue()).toBe('12,1');

    // "Nanti" hides the banner; the update stays one tap away in Settings.
    await banner.getByText('Nanti').click();
    await banner.waitFor({ state: 'detached' });
    await page.locator('ion-tab-button[tab="pengaturan"]').click();
    await waitForShell(page);
    await expect.poll(() => page.locator('[data-testid="app-version"]').filter({ visible: true }).textContent()).toBe('9.0.0-e2e-a');
    await page.getByText('Versi baru tersedia — Muat ulang').click();
    await banner.waitFor({ state: 'visible' });
    // Back to the day (Ionic keeps the tab's page): the half-typed weighing is still on screen.
    await page.locator('ion-tab-button[tab="posyandu"]').click();
    await expect.poll(() => ui.visible('input[name="weight"]').inputValue(), { timeout: 30_000 }).toBe('12,1');

    // First tap: it says the half-typed form and the unsent changes survive, and asks once more.
    await page.locator('[data-testid="update-reload"]').click();
    await expect.poll(() => banner.textContent()).toContain('1 formulir belum selesai');
    expect(await banner.textContent()).toContain(`${before.outbox} perubahan menunggu sinkron`);
    expect(await sameDocument()).toBe(true);

    // Second tap: B takes over and the day page reloads into it, the half-typed weight restored.
    await page.locator('[data-testid="update-reload"]').click();
    await expect.poll(() => sameDocument().catch(() => false), { timeout: 60_000 }).toBe(false);
    await waitForShell(page);
    await expect.poll(() => ui.visible('input[name="weight"]').inputValue(), { timeout: 60_000 }).toBe('12,1');
    expect(await ui.visible('form[aria-label^="Meja 2"]').textContent()).toContain('Isian belum tersimpan dipulihkan');

    // The schema upgrade ran over every record, and nothing was lost on the way.
    const after = await stored(page);
    expect(after.version).toBe(40);
    expect(after.upgraded).toEqual({ records: before.records });
    expect(after.records).toBe(before.records);
    expect(after.outbox).toBe(before.outbox);
    expect(after.drafts).toEqual(before.drafts);
    // Budi's saved weighing is on the day's list.
    await ui.button('Ganti balita').click();
    await expect.poll(weighedCount, { timeout: 30_000 }).toBe(1);

    await page.locator('ion-tab-button[tab="pengaturan"]').click();
    await expect.poll(() => page.locator('[data-testid="app-version"]').filter({ visible: true }).textContent(), { timeout: 30_000 }).toBe('9.0.0-e2e-b');
  });
});
