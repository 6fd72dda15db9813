import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The demo accounts `kujenga serve --demo` wrote for this run: username -> password. */
export function demoAccounts(): Map<string, string> {
  const dir = process.env.KUJENGA_DATA_DIR ?? join(__dirname, '..', '..', 'target', 'e2e-data');
  const lines = readFileSync(join(dir, 'demo-accounts.txt'), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((line) => {
    const [, username, password] = line.trim().split(/\s+/);
    return [username, password] as [string, string];
  }));
}

/** Each project signs in as its own trainee, so the runs do not see each other's progress. */
export function trainee(info: TestInfo): string {
  return info.project.name === 'javascript' ? 'amina' : 'kofi';
}

export async function signIn(page: Page, username: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(demoAccounts().get(username)!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Sign out');
}

/** With JavaScript on, waits until the page's islands have hydrated. */
export async function hydrated(page: Page, info: TestInfo) {
  if (info.project.name === 'javascript') {
    await expect(page.locator('[data-hydrated="true"]').first()).toBeAttached();
  }
}

/** The demo name of each project's trainee. */
export function traineeName(info: TestInfo): string {
  return info.project.name === 'javascript' ? 'Amina Trainee' : 'Kofi Trainee';
}

/**
 * The instructor lets the project's trainee take an item before its prerequisites are done
 * (as on a training day that starts with a lab), then signs out.
 */
export async function waivePrerequisites(page: Page, info: TestInfo, itemTitle: string) {
  await signIn(page, 'instructor');
  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Demo cohort', exact: true }).click();
  await page.locator('table.grid').getByRole('link', { name: traineeName(info) }).click();
  const row = page.locator('tr', { has: page.getByRole('rowheader', { name: itemTitle, exact: true }) });
  await row.getByRole('button', { name: 'Let them take it now' }).click();
  await expect(row).not.toContainText('not done yet');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Sign in');
}
