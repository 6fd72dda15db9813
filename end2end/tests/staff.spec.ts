import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signIn, trainee, waivePrerequisites } from './accounts';

const LESSON = '/learn/cert-team-models';

test('an instructor follows the cohort grid, opens a trainee and returns an answer with a comment', async ({ page }, info) => {
  const who = trainee(info);
  await waivePrerequisites(page, info, 'Choosing a team model');
  // The trainee writes a free-text answer that needs an instructor.
  await signIn(page, who);
  await page.goto(LESSON);
  const question = page.locator('section.question#q4');
  await question.getByRole('textbox').fill(`Coordinating model, written by ${who}.`);
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status').first()).toContainText('Sent to your instructor');
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The instructor: cohort grid, the trainee's record, then the review queue.
  await signIn(page, 'instructor');
  await page.getByRole('link', { name: 'Cohorts' }).first().click();
  await page.getByRole('link', { name: 'Demo cohort', exact: true }).click();
  const grid = page.locator('table.grid');
  await expect(grid).toContainText('Amina Trainee');
  await expect(grid).toContainText('Kofi Trainee');
  await page.locator('select[name="sort"]').selectOption('progress');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/sort=progress/);
  await page.getByRole('link', { name: who === 'amina' ? 'Amina Trainee' : 'Kofi Trainee' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(who === 'amina' ? 'Amina Trainee' : 'Kofi Trainee');
  await expect(page.locator('table').last()).toContainText(`Coordinating model, written by ${who}.`);

  await page.getByRole('link', { name: 'Reviews' }).first().click();
  const card = page.locator('section.review', { hasText: `written by ${who}` });
  await card.getByLabel('Comment for the trainee').fill('Say why the banks keep their own teams.');
  await card.getByRole('button', { name: 'Return with comment' }).click();
  await expect(page.locator('section.review', { hasText: `written by ${who}` })).toHaveCount(0);
  await page.getByRole('button', { name: 'Sign out' }).click();

  // The trainee sees the comment.
  await signIn(page, who);
  await page.goto(LESSON);
  await expect(page.locator('section.question#q4')).toContainText('Say why the banks keep their own teams.');
});

test('a manager reads the programme dashboard, filters by country and exports CSV', async ({ page }) => {
  await signIn(page, 'manager');
  await page.getByRole('link', { name: 'Programmes' }).first().click();
  await page.getByRole('link', { name: 'Demo programme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo programme');
  await expect(page.locator('ul.headline')).toContainText('4 enrolled');
  await expect(page.locator('svg.chart').first()).toHaveAttribute('role', 'img');

  await page.getByLabel('Country').selectOption('KE');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/country=KE/);
  await expect(page.locator('ul.headline')).toContainText('1 enrolled');
  const row = page.locator('table tr', { has: page.locator('th', { hasText: /^KE$/ }) });
  const cells = await row.locator('td').allTextContents();

  const link = page.locator('a[href*="/export/country.csv"]');
  await expect(link).toHaveAttribute('href', /country=KE/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const csv = readFileSync((await download.path())!, 'utf8').trim().split(/\r?\n/);
  expect(csv[0]).toBe('country,enrolled,active (14 days),completion,lab score,credentials');
  expect(csv[1].split(',')).toEqual(['KE', ...cells.map((c) => (c === '–' ? '' : c))]);
});
