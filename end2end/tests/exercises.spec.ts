import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hydrated, signIn } from './accounts';

/** A browser of its own for each person: the facilitator and two teams work side by side. */
async function person(browser: Browser, javaScriptEnabled: boolean, username: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** axe-core finds no serious or critical violation on the page (it runs inside the page, so only with JavaScript). */
async function accessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
  expect(serious, page.url()).toEqual([]);
}

/** `2026-12-02T10:00` for a date and time `minutes` from now, in UTC, as a form takes it. */
function utc(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString().slice(0, 16);
}

test('a facilitator runs the three-inject drill with two teams, and the after-action report lists every inject and response', async ({ browser }, info) => {
  const js = info.project.name === 'javascript';
  const facilitator = await person(browser, js, 'instructor');
  await facilitator.goto('/cohorts');
  await facilitator.getByRole('link', { name: 'Demo cohort', exact: true }).click();
  await facilitator.getByRole('link', { name: 'Exercises and exams' }).click();
  await facilitator.getByLabel('Run an exercise').selectOption('start-exercise-practice-drill');
  await facilitator.getByRole('button', { name: 'Create the run' }).click();
  await expect(facilitator.getByRole('heading', { level: 1 })).toHaveText('Practice drill: a suspicious e-mail at the ministry');
  const console = facilitator.url();
  const run = console.match(/exercises\/(\d+)\/console/)![1];

  for (const [team, trainee, role] of [['Alpha', 'Amina Trainee', 'Duty officer'], ['Beta', 'Kofi Trainee', 'Communications']]) {
    await facilitator.getByLabel('Team name').fill(team);
    await facilitator.getByRole('button', { name: 'Form the team' }).click();
    await facilitator.getByLabel('Trainee').selectOption({ label: trainee });
    await facilitator.locator('#member-team').selectOption({ label: team });
    await facilitator.getByLabel('Role').selectOption({ label: role });
    await facilitator.getByRole('button', { name: 'Put in the team' }).click();
  }
  await expect(facilitator.locator('#teams')).toContainText('Alpha: Amina Trainee (Duty officer)');
  await expect(facilitator.locator('#teams')).toContainText('Beta: Kofi Trainee (Communications)');
  await facilitator.getByRole('button', { name: 'Start' }).click();
  await expect(facilitator.getByRole('status')).toContainText('Running');

  const amina = await person(browser, js, 'amina');
  const kofi = await person(browser, js, 'kofi');
  for (const page of [amina, kofi]) {
    await page.getByRole('link', { name: 'Exercises' }).click();
    await page.getByRole('link', { name: 'Practice drill: a suspicious e-mail at the ministry' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/exercises/${run}$`));
    await expect(page.getByRole('heading', { name: 'A staff member reports an e-mail' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A second ministry calls' })).toHaveCount(0);
  }
  // Each team answers the first inject.
  await amina.getByLabel('Fraud: Phishing').check();
  await amina.locator('#report-class').getByRole('button', { name: "Send the team's answer" }).click();
  await amina.locator('#report-first-steps textarea').fill('ALPHA: send the original as an attachment, with its headers.');
  await amina.locator('#report-first-steps').getByRole('button', { name: "Send the team's answer" }).click();
  await expect(amina.locator('#report-first-steps blockquote')).toHaveText('ALPHA: send the original as an attachment, with its headers.');
  await kofi.getByLabel('Malicious code: Infection').check();
  await kofi.locator('#report-class').getByRole('button', { name: "Send the team's answer" }).click();
  await expect(kofi.locator('#report-class blockquote')).toHaveText('Malicious code: Infection');
  await expect(kofi.locator('body')).not.toContainText('ALPHA: send the original');

  // The facilitator releases the next two injects early; the teams see them.
  await facilitator.getByRole('button', { name: 'Release the next inject now' }).click();
  await facilitator.getByRole('button', { name: 'Release the next inject now' }).click();
  await expect(facilitator.locator('li#press')).toContainText('released by hand');
  if (js) {
    // The page asks the server now and then, and shows the news without a reload by hand.
    await hydrated(kofi, info);
    await expect(kofi.getByRole('heading', { name: 'A journalist calls' })).toBeVisible({ timeout: 40_000 });
  } else {
    await kofi.reload();
    await expect(kofi.getByRole('heading', { name: 'A journalist calls' })).toBeVisible();
  }
  await kofi.locator('#press-press-answer textarea').fill('BETA: we do not comment on open cases; call our office at five.');
  await kofi.locator('#press-press-answer').getByRole('button', { name: "Send the team's answer" }).click();
  await expect(kofi.locator('#press-press-answer blockquote')).toContainText('BETA: we do not comment');

  // Scored against the rubric, noted, closed; the report has every inject and response.
  await facilitator.reload();
  const press = facilitator.locator('li#press');
  await expect(press).toContainText('BETA: we do not comment');
  await press.getByLabel('Points').fill('2');
  await press.getByRole('button', { name: 'Save the score' }).click();
  await facilitator.getByLabel('On', { exact: true }).selectOption({ label: 'A journalist calls' });
  await facilitator.locator('#note-body').fill('Beta handled the press well.');
  await facilitator.getByRole('button', { name: 'Add the note' }).click();
  await facilitator.getByRole('button', { name: 'Close the exercise' }).click();
  await expect(facilitator.getByRole('status')).toContainText('Closed');
  await facilitator.getByRole('link', { name: 'After-action report' }).click();
  const report = facilitator.locator('main');
  for (const text of ['A staff member reports an e-mail', 'A second ministry calls', 'A journalist calls',
    'ALPHA: send the original', 'Malicious code: Infection', 'BETA: we do not comment', 'Beta handled the press well.']) {
    await expect(report).toContainText(text);
  }
  await expect(report).toContainText('Beta: 2 of 7 points');
  if (js) {
    await accessible(facilitator);
    await kofi.reload();
    await accessible(kofi);
    await facilitator.goto(console);
    await accessible(facilitator);
    await facilitator.goto(`/exercises/${run}/report`);
  }
  const download = facilitator.waitForEvent('download');
  await facilitator.getByRole('link', { name: 'CSV' }).click();
  expect((await download).suggestedFilename()).toBe(`exercise-${run}.csv`);
  for (const page of [facilitator, amina, kofi]) await page.context().close();
});

test('a trainee takes a timed exam inside the window its instructor opened', async ({ browser }, info) => {
  const js = info.project.name === 'javascript';
  const [username, exam] = js ? ['fatou', 'forensics-exam-evidence-handling'] : ['rui', 'law-exam-cross-border-requests'];
  const instructor = await person(browser, js, 'instructor');
  await instructor.goto('/cohorts');
  await instructor.getByRole('link', { name: 'Demo cohort, second week' }).click();
  await instructor.getByRole('link', { name: 'Exercises and exams' }).click();
  const row = instructor.locator('ul.exams li', { has: instructor.locator(`a[href="/learn/${exam}"]`) });
  await row.getByLabel('Opens (UTC)').fill(utc(-60));
  await row.getByLabel('Closes (UTC)').fill(utc(120));
  await row.getByRole('button', { name: 'Set the window' }).click();
  await expect(instructor.locator('ul.exams li', { has: instructor.locator(`a[href="/learn/${exam}"]`) })).toContainText('Open from');

  const trainee = await person(browser, js, username);
  await trainee.goto(`/learn/${exam}`);
  await expect(trainee.locator('#exam')).toContainText('Timed exam');
  await expect(trainee.locator('section.question')).toHaveCount(0);
  await trainee.getByRole('button', { name: 'Start the exam' }).click();
  await expect(trainee.locator('#exam')).toContainText('minutes left');
  await hydrated(trainee, info);
  // Forensics begins with a typed code, law with a choice of channel.
  const first = trainee.locator('section.question').first();
  if (js) await first.getByRole('textbox').fill('FLAG-NOT-IT');
  else await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByRole('status').first()).toBeVisible();
  await expect(first.locator('.explanation')).toHaveCount(0);
  await trainee.reload();
  await expect(trainee.locator('#exam')).toContainText('minutes left');
  await expect(trainee.getByRole('button', { name: 'Start the exam' })).toHaveCount(0);
  for (const page of [instructor, trainee]) await page.context().close();
});
