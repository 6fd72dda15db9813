import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { hydrated, signIn } from './accounts';

/** Each project's trainee of the second demo cohort: their track is theirs alone. */
function holder(info: TestInfo): [string, string] {
  return info.project.name === 'javascript' ? ['fatou', 'Fatou Trainee'] : ['rui', 'Rui Trainee'];
}

async function complete(page: Page, info: TestInfo, lesson: string) {
  await page.goto(`/learn/${lesson}`);
  await hydrated(page, info);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByRole('status')).toHaveText('✓ Completed');
}

/** Pages in a PDF that Chromium printed. */
function pages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('a trainee completes the orientation track, prints its certificate, downloads the credential, and a visitor verifies it', async ({ page }, info) => {
  const [username, name] = holder(info);
  await signIn(page, username);
  await complete(page, info, 'start-how-this-works');
  await complete(page, info, 'start-credentials');

  // The credential was issued: the record page lists it, with its certificate.
  await page.goto('/record');
  await page.getByRole('link', { name: 'Learning with Kujenga: how this platform works' }).click();
  await expect(page.getByRole('heading', { name: 'Certificate of completion' })).toBeVisible();
  await expect(page.locator('.holder')).toHaveText(name);
  await expect(page.locator('.qr svg')).toBeVisible();
  const id = (await page.locator('.certificate dd code').first().textContent())!.trim();

  // Printed, it fits one sheet, A4 or Letter, without the site's header and menus.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Account' })).toBeHidden();
  expect(pages(await page.pdf({ format: 'A4' }))).toBe(1);
  expect(pages(await page.pdf({ format: 'Letter' }))).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Credential (.jwt)' }).click();
  const jwt = readFileSync((await (await download).path())!, 'utf8').trim();
  expect(jwt.split('.')).toHaveLength(3);

  // A signed-out visitor checks it: pasted, by id, and with one character changed.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto('/verify');
  await page.getByLabel('Paste the credential').fill(jwt);
  await page.getByRole('button', { name: 'Check' }).last().click();
  await expect(page.getByRole('status')).toContainText(`Valid: ${name} completed`);

  await page.getByLabel('Credential id').fill(id);
  await page.getByRole('button', { name: 'Check' }).first().click();
  await expect(page.getByRole('status')).toContainText('Valid:');

  const middle = Math.floor(jwt.length / 2);
  const forged = jwt.slice(0, middle) + (jwt[middle] === 'A' ? 'B' : 'A') + jwt.slice(middle + 1);
  await page.getByLabel('Paste the credential').fill(forged);
  await page.getByRole('button', { name: 'Check' }).last().click();
  await expect(page.getByRole('status')).toContainText('Not valid');
});
