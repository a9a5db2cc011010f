import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPhone, waitForShell, type Phone } from './browser';

// The Posyandu registers (001 Pasal 86 ayat 3) on a 360 px phone offline: a pregnant woman with an
// upper-arm circumference under 23.5 cm is marked KEK, a cash book keeps its balance, a name that
// is missing is refused, and everything is still there after an offline reload.

let phone: Phone;
let app: Phone['app'];
let page: Page;
const visible = (sel: string) => page.locator(`${sel}:visible`).first();
const button = (text: string) => page.locator('ion-button:visible, button:visible', { hasText: text }).first();

beforeAll(async () => {
  phone = await openPhone('/posyandu', { offline: true });
  ({ app, page } = phone);
});

afterAll(async () => {
  await phone?.close();
});

async function openRegister(path: string, title: string) {
  await page.goto(app.url + path);
  await waitForShell(page, title);
}

describe('Posyandu registers offline (360 px)', () => {
  it('marks KEK, keeps the cash balance, refuses an entry without a name, and survives an offline reload', async () => {
    await page.reload();
    await waitForShell(page, 'Posyandu');
    await button('Data Posyandu').click();
    await visible('input[name="name"]').fill('Posyandu Melati');
    await visible('input[name="desaCode"]').fill('64.11.05.2004');
    await visible('ion-button[type="submit"]').click();
    await button('Register lain').waitFor();

    await openRegister('/posyandu/register/pregnant', 'Ibu hamil');
    await button('Tambah').click();
    await visible('ion-button[type="submit"]').click();
    // Nothing saved without a name: the list stays empty.
    await page.waitForTimeout(500);
    expect(await page.locator('.pd-list li:visible').count()).toBe(0);
    await visible('input[name="name"]').fill('Wati');
    await visible('input[name="muacCm"]').fill('22,5');
    await visible('ion-button[type="submit"]').click();
    await expect.poll(() => page.locator('.pd-list li:visible', { hasText: 'Wati' }).count()).toBe(1);
    expect(await visible('.pd-list li').textContent()).toContain('KEK');
    await button('Tambah').click();
    await visible('input[name="name"]').fill('Rina');
    await visible('input[name="muacCm"]').fill('25');
    await visible('ion-button[type="submit"]').click();
    await expect.poll(() => page.locator('.pd-list li:visible', { hasText: 'Rina' }).count()).toBe(1);
    expect(await page.locator('.pd-list li:visible', { hasText: 'Rina' }).textContent()).not.toContain('KEK');

    await openRegister('/posyandu/register/finance', 'Keuangan');
    const entry = async (direction: string, amount: string, what: string) => {
      await button('Tambah').click();
      await visible('input[name="date"]').fill('2026-11-01');
      await visible('select[name="direction"]').selectOption(direction);
      await visible('input[name="amountRp"]').fill(amount);
      await visible('input[name="description"]').fill(what);
      await visible('ion-button[type="submit"]').click();
      await expect.poll(() => page.locator('.pd-list li:visible', { hasText: what }).count()).toBe(1);
    };
    await entry('masuk', '150000', 'Iuran dana sehat');
    await entry('keluar', '40000', 'PMT penyuluhan');
    await expect.poll(async () => (await page.locator('p:visible', { hasText: 'Saldo' }).first().textContent()) ?? '').toContain('110.000');

    await page.reload();
    await waitForShell(page, 'Keuangan');
    await expect.poll(async () => (await page.locator('p:visible', { hasText: 'Saldo' }).first().textContent()) ?? '').toContain('110.000');
    await openRegister('/posyandu/register/pregnant', 'Ibu hamil');
    await expect.poll(() => page.locator('.pd-list li:visible').count()).toBe(2);
  });
});
