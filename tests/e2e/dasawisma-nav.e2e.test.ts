import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPhone, waitForShell, type Phone } from './browser';
import { ionicPage } from './ionic-page';

// Moving through the dasawisma screens by taps only (no reloads): a member saved on the member
// page shows on the family page at once, and the back button walks back group ← family as a
// kader expects. Ionic keeps earlier pages mounted, which once left a stale family page.

let phone: Phone;
let page: Page;
const { current, visible, button } = ionicPage(() => page);

beforeAll(async () => {
  phone = await openPhone('/dasawisma', { offline: true });
  ({ page } = phone);
});

afterAll(async () => {
  await phone?.close();
});

async function familyWithMember(head: string, member: string) {
  await button('Tambah rumah/keluarga').click();
  await visible('input[name="headName"]').fill(head);
  await button('Simpan').click();
  await button('Tambah anggota').click();
  await visible('input[name="memberName"]').fill(member);
  await visible('input[name="birthDate"]').fill('1990-01-01');
  await button('Simpan').click();
  await expect.poll(async () => (await current().innerText()).includes('Anggota keluarga (1)'), { timeout: 15_000 }).toBe(true);
  expect(await current().innerText()).toContain(member);
}

describe('Dasawisma by taps only', () => {
  it('shows a saved member on the family page at once and goes back to the group', async () => {
    await button('Kelompok baru').click();
    await visible('input[name="desaCode"]').fill('64.11.05.2003');
    await visible('input[name="rtNo"]').fill('001');
    await visible('input[name="groupName"]').fill('Mawar');
    await button('Simpan').click();
    await waitForShell(page, 'Mawar');
    const groupUrl = page.url();

    await familyWithMember('Budi', 'Ani');
    await visible('ion-back-button').click();
    await expect.poll(() => page.url()).toBe(groupUrl);
    await familyWithMember('Slamet', 'Rina');
    await visible('ion-back-button').click();
    await expect.poll(() => page.url()).toBe(groupUrl);
    await expect.poll(async () => (await current().innerText()).includes('Slamet')).toBe(true);
    expect(await current().innerText()).toContain('Budi');
  });
});
