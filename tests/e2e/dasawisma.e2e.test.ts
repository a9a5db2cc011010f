import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPhone, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';

// Dasawisma on a phone with no network: two groups in one RT, three family records, one group's
// recap submitted, the PKK coordinator's status shows 1 of 2 reported, and an offline reload
// loses nothing.

let phone: Phone;
let app: Phone['app'];
let page: Page;

const { current, visible, button, chip, item } = ionicPage(() => page);

async function newGroup(name: string, coordinator?: string) {
  await button('Kelompok baru').click();
  await visible('input[name="desaCode"]').fill('64.11.05.2003');
  await visible('input[name="rtNo"]').fill('001');
  await visible('input[name="desaName"]').fill('Prangat Selatan');
  await visible('input[name="groupName"]').fill(name);
  if (coordinator) await visible('input[name="coordinatorName"]').fill(coordinator);
  await button('Simpan').click();
  await waitForShell(page, name);
  return page.url();
}

async function open(url: string, title: string) {
  await page.goto(url);
  await waitForShell(page, title);
}

async function newFamily(groupUrl: string, group: string, head: string, facts: string[], member: { name: string; birthDate: string }) {
  await open(groupUrl, group);
  await button('Tambah rumah/keluarga').click();
  await visible('input[name="headName"]').fill(head);
  // 'fact=Ya' answers a yes/no household fact; other entries are the chip's label.
  for (const f of facts) {
    const [fact, yes] = f.split('=');
    if (yes) await current().locator(`fieldset[data-field="${fact}"] ion-chip`, { hasText: yes }).first().click();
    else await chip(f).click();
  }
  await button('Simpan').click();
  await button('Tambah anggota').waitFor();
  // Each step starts from a fresh load of its page (served offline by the service worker), so
  // the test does not depend on Ionic's page-transition timing.
  const familyUrl = page.url();
  await open(`${familyUrl}/anggota-baru`, 'Anggota keluarga');
  await visible('input[name="memberName"]').fill(member.name);
  await visible('input[name="birthDate"]').fill(member.birthDate);
  await button('Simpan').click();
  await page.waitForURL(familyUrl);
  await open(familyUrl, `Catatan keluarga ${new Date().getFullYear()}`);
  await item(member.name).waitFor();
  await open(groupUrl, group);
  await item(head).waitFor();
}

async function home() {
  await page.goto(app.url + '/dasawisma');
  await waitForShell(page, 'Dasawisma');
}

beforeAll(async () => {
  phone = await openPhone('/dasawisma', { offline: true });
  ({ app, page } = phone);
});

afterAll(async () => {
  await phone?.close();
});

describe('Dasawisma offline (360 px)', () => {
  it('keeps groups, family records, a submitted recap and the coordinator status through an offline reload', async () => {
    await page.reload();
    await waitForShell(page, 'Dasawisma');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    const mawar = await newGroup('Mawar', 'Bu Sri');
    await newFamily(mawar, 'Mawar', 'Budi', ['Beras', 'PDAM', 'Jamban + septic tank', 'healthyHouse=Ya'], { name: 'Ani', birthDate: '1990-04-01' });
    await item('Budi').waitFor();
    await newFamily(mawar, 'Mawar', 'Slamet', ['Non-beras', 'Sumur'], { name: 'Rina', birthDate: '2024-02-02' });
    await item('Slamet').waitFor();

    await home();
    const melati = await newGroup('Melati');
    await newFamily(melati, 'Melati', 'Joko', ['Beras', 'Sumur', 'spal=Ya'], { name: 'Sri', birthDate: '1970-01-01' });
    await item('Joko').waitFor();

    // Mawar's coordinator submits the recap of this month.
    await open(mawar, 'Mawar');
    await button('Rekap kelompok (4.16a)').click();
    await visible('[data-testid="recap-table"]').waitFor();
    expect(await visible('tfoot [data-col="households"]').textContent()).toBe('2');
    expect(await visible('tfoot [data-col="balitaP"]').textContent()).toBe('1');
    expect(await visible('tfoot [data-col="waterPdam"]').textContent()).toBe('1');
    await button('Kirim rekap ke PKK RT').click();
    await expect.poll(async () => (await visible('[data-testid="recap-state"]').textContent()) ?? '').toContain('Sudah lapor');

    const checkStatus = async () => {
      await page.goto(app.url + '/dasawisma/status');
      await waitForShell(page, 'Status kelompok');
      await expect.poll(async () => (await visible('[data-testid="status-count"]').textContent()) ?? '').toMatch(/^1 dari 2 kelompok sudah lapor untuk \S+ \d{4}$/);
      await current().locator('ion-segment-button', { hasText: 'Belum lapor' }).click();
      await expect.poll(() => current().locator('[data-testid="status-row"]').count()).toBe(1);
      expect(await visible('[data-testid="status-row"]').textContent()).toContain('Melati');
      expect(await visible('[data-testid="status-row"]').textContent()).toContain('kurang dari 5 rumah');
      await current().locator('ion-segment-button', { hasText: 'Tanpa koordinator' }).click();
      await expect.poll(() => current().locator('[data-testid="status-row"]').count()).toBe(1);
    };
    await checkStatus();

    // Offline reload: the service worker serves the app, IndexedDB still has everything.
    await page.reload();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await checkStatus();
    await home();
    expect(await item('Melati').textContent()).toContain('Belum ada ketua kelompok');
    await open(mawar, 'Mawar');
    await item('Slamet').waitFor();
    await item('Budi').click();
    await visible('input[name="headName"]').waitFor();
    // Custom elements get string attributes; the form fills in once the record is read.
    await expect.poll(() => chip('Beras').getAttribute('aria-pressed')).toBe('true');
    expect(await chip('PDAM').getAttribute('aria-pressed')).toBe('true');
    expect(await chip('Sumur').getAttribute('aria-pressed')).toBe('false');
    await item('Ani').waitFor();

    // Deleting asks first, in an Ionic alert loaded on demand (precached: this works offline too).
    await button('Hapus').click();
    const alert = page.locator('ion-alert');
    await alert.getByText('Hapus catatan keluarga ini?').waitFor();
    await alert.locator('button', { hasText: 'Hapus' }).click();
    await waitForShell(page, 'Mawar');
    await item('Slamet').waitFor();
    await expect.poll(() => current().locator('ion-item', { hasText: 'Budi' }).count()).toBe(0);
  });
});
