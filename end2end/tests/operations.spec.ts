import { readFileSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { demoAccounts, signIn } from './accounts';

// Running a training week: each project follows its own trainee of the second demo cohort,
// so the runs with and without JavaScript do not see each other's changes. The tests run in
// order; the reset gives the trainee a password of their own, which the later tests use.
test.describe.configure({ mode: 'serial' });

const TRAINEES: Record<string, { username: string; name: string }> = {
  javascript: { username: 'fatou', name: 'Fatou Trainee' },
  'no-javascript': { username: 'rui', name: 'Rui Trainee' },
};
const trainee = (info: TestInfo) => TRAINEES[info.project.name];
const passwords = new Map<string, string>();

async function signInWith(page: Page, username: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function signInTrainee(page: Page, info: TestInfo) {
  const { username } = trainee(info);
  await signInWith(page, username, passwords.get(username) ?? demoAccounts().get(username)!);
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Sign out');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('navigation', { name: 'Account' })).toContainText('Sign in');
}

/** The instructor opens the trainee's page from a cohort's grid. */
async function openTrainee(page: Page, cohort: string, name: string) {
  await page.goto('/cohorts');
  await page.getByRole('link', { name: cohort, exact: true }).click();
  await page.locator('table.grid').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

test('a trainee reads their record and downloads all their data', async ({ page }, info) => {
  const { username, name } = trainee(info);
  await signInTrainee(page, info);
  await page.getByRole('link', { name: 'My record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your record');
  await expect(page.locator('dl.profile')).toContainText(name);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'download it as JSON' }).click(),
  ]);
  const record = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(record.username).toBe(username);
  expect(record.cohorts).toEqual(['Demo cohort, second week']);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'as a spreadsheet (CSV)' }).click(),
  ]);
  expect(readFileSync((await csv.path())!, 'utf8')).toContain(username);
});

test('an admin disables an account signed in elsewhere, and its next request is refused', async ({ page, browser }, info) => {
  const { name } = trainee(info);
  const elsewhere = await browser.newContext({ javaScriptEnabled: info.project.use.javaScriptEnabled });
  const theirs = await elsewhere.newPage();
  await signInTrainee(theirs, info);

  await signIn(page, 'admin');
  await page.goto('/admin');
  await page.getByRole('textbox', { name: 'Find' }).fill(name);
  await page.getByRole('button', { name: 'Show' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Disable the account' }).click();
  await expect(page.locator('dl.profile')).toContainText('disabled');

  await theirs.goto('/record');
  await expect(theirs).toHaveURL(/\/sign-in\?next=/);
  await signInWith(theirs, trainee(info).username, demoAccounts().get(trainee(info).username)!);
  await expect(theirs.getByText('Wrong username or password.')).toBeVisible();

  await page.getByRole('button', { name: 'Enable the account' }).click();
  await expect(page.locator('dl.profile')).toContainText('active');
  await elsewhere.close();
});

test('a trainee who forgot their password signs in with a temporary one and chooses their own', async ({ page }, info) => {
  const { username, name } = trainee(info);
  await signIn(page, 'instructor');
  await openTrainee(page, 'Demo cohort, second week', name);
  await page.getByRole('button', { name: 'Reset the password' }).click();
  const temporary = (await page.locator('p.note code.code').textContent())!.trim();
  expect(temporary).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
  await signOut(page);

  await signInWith(page, username, temporary);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('alert')).toContainText('Your password was reset');
  await page.goto('/learn/cert-csirt-and-constituency');
  await expect(page).toHaveURL(/\/account$/);

  const chosen = `${username} keeps a lantern by the river`;
  await page.getByLabel('Current password').fill(temporary);
  // Long enough for the browser's check, too easy for the server's.
  await page.getByLabel(/New password/).fill('password1234');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.locator('.error, .flash').first()).toContainText('easy to guess');
  await page.getByLabel('Current password').fill(temporary);
  await page.getByLabel(/New password/).fill(chosen);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toContainText('Your new password is saved');
  passwords.set(username, chosen);
  await page.goto('/learn/cert-csirt-and-constituency');
  await expect(page).toHaveURL(/\/learn\/cert-csirt-and-constituency$/);
  await signOut(page);
  await signInTrainee(page, info);
});

test('an instructor moves a trainee to another cohort, and the grid and dashboard follow', async ({ page }, info) => {
  const { name } = trainee(info);
  const enrolled = async (cohort: string) => {
    await page.goto('/programs');
    await page.getByRole('link', { name: 'Demo programme' }).click();
    await page.getByLabel('Cohort').selectOption({ label: cohort });
    await page.getByRole('button', { name: 'Apply' }).click();
    return Number((await page.locator('ul.headline li').first().textContent())!.match(/(\d+) enrolled/)![1]);
  };
  await signIn(page, 'manager');
  const [first, second] = [await enrolled('Demo cohort'), await enrolled('Demo cohort, second week')];
  await signOut(page);

  await signIn(page, 'instructor');
  await openTrainee(page, 'Demo cohort, second week', name);
  await page.getByLabel('Move to').selectOption({ label: 'Demo cohort' });
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.locator('nav.crumbs')).toHaveText('Cohorts › Demo cohort');
  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Demo cohort', exact: true }).click();
  await expect(page.locator('table.grid')).toContainText(name);
  await page.goto('/cohorts');
  await page.getByRole('link', { name: 'Demo cohort, second week', exact: true }).click();
  await expect(page.locator('table.grid')).not.toContainText(name);
  await signOut(page);

  await signIn(page, 'manager');
  expect(await enrolled('Demo cohort')).toBe(first + 1);
  expect(await enrolled('Demo cohort, second week')).toBe(second - 1);
});
