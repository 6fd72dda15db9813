import { expect, test } from '@playwright/test';
import { hydrated, signIn, trainee } from './accounts';

test('a trainee signs in, opens a lesson, marks it complete and sees progress on the catalog', async ({ page }, info) => {
  await signIn(page, trainee(info));

  // The catalog, before any progress.
  await expect(page.getByRole('heading', { name: 'Catalog' })).toBeVisible();
  const firstTrack = page.locator('.card').first();
  await expect(firstTrack.locator('.progress')).toContainText('0 of');
  const start = page.getByRole('link', { name: /^Start here: / });
  const lessonTitle = (await start.textContent())!.replace('Start here: ', '');

  // The lesson.
  await start.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTitle);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await hydrated(page, info);
  await page.evaluate(() => ((window as any).stillHere = true)).catch(() => undefined);
  await page.getByRole('button', { name: 'Mark complete' }).click();
  await expect(page.getByRole('status')).toHaveText('✓ Completed');
  if (info.project.name === 'javascript') {
    // The island answered without loading a new page.
    expect(await page.evaluate(() => (window as any).stillHere)).toBe(true);
  }

  // Back on the catalog, the track shows the progress and where to continue.
  await page.getByRole('link', { name: 'Catalog' }).first().click();
  await expect(firstTrack.locator('.progress')).toContainText('1 of');
  await expect(page.getByRole('link', { name: /^Continue where you left off: / })).toBeVisible();
});

test('wrong credentials show one generic message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill('amina');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
});
