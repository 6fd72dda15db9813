import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hydrated, signIn, trainee, waivePrerequisites } from './accounts';

const LAB = '/learn/forensics-lab-fat-deleted-file';

test('a trainee downloads their lab file, answers wrong then right, takes a hint and sees the score', async ({ page }, info) => {
  await waivePrerequisites(page, info, 'Lab: recover a deleted file from a FAT image');
  await signIn(page, trainee(info));
  await page.goto(LAB);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lab');

  // The file is this learner's own; its SHA-256 is shown beside the link.
  const link = page.getByRole('link', { name: 'evidence.img' });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const image = readFileSync((await download.path())!);
  const digest = createHash('sha256').update(image).digest('hex');
  await expect(page.locator('.files li', { hasText: 'evidence.img' })).toContainText(digest);
  // Like a learner, find the flag in the image's bytes.
  const flag = image.toString('latin1').match(/FLAG-[A-Z0-9]{4}-[A-Z0-9]{4}/)![0];

  await hydrated(page, info);
  await page.evaluate(() => ((window as any).stillHere = true)).catch(() => undefined);
  const question = page.locator('section.question#flag');
  await question.getByRole('textbox').fill('FLAG-0000-0000');
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.getByRole('status').first()).toContainText('Not right yet');

  await question.getByRole('button', { name: /Show a hint/ }).click();
  await expect(question.locator('.hints')).toContainText('Hint:');

  await question.getByRole('textbox').fill(flag);
  await question.getByRole('button', { name: 'Check answer' }).click();
  await expect(question.locator('.verdict')).toContainText('✓ Correct');
  await expect(page.getByText(/Score( so far)?: \d+(\.\d+)? of \d+ points/).first()).toBeVisible();
  if (info.project.name === 'javascript') {
    // The island answered in place: the page was never reloaded.
    expect(await page.evaluate(() => (window as any).stillHere)).toBe(true);
  }
});

// One of the newer labs of each track. The wrong answers can never be right for any learner:
// the RSIT class Test is never a ticket's tag, Article 2 is an offence and not a procedural
// power, and the generators draw addresses only from the RFC 5737 documentation ranges.
const NEWER_LABS = [
  {
    track: 'cert',
    path: '/learn/cert-lab-rsit-classification',
    title: 'Lab: classify and prioritise the overnight queue',
    file: 'queue.csv',
    question: 'ticket-a',
    wrong: 'test:test',
  },
  {
    track: 'law',
    path: '/learn/law-lab-which-power',
    title: 'Lab: which power does each request need?',
    file: 'duty-log.txt',
    question: 'request-1',
    wrong: 'Art 2',
  },
  {
    track: 'forensics',
    path: '/learn/forensics-lab-email-trace',
    title: 'Lab: trace a phishing e-mail through its Received headers',
    file: 'message.eml',
    question: 'originating-ip',
    wrong: '10.0.0.1',
  },
];

for (const lab of NEWER_LABS) {
  test(`a trainee opens a newer ${lab.track} lab, downloads their file and sees a wrong answer marked wrong`, async ({ page }, info) => {
    await waivePrerequisites(page, info, lab.title);
    await signIn(page, trainee(info));
    await page.goto(lab.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lab.title);

    // The learner's own file, with its SHA-256 shown beside the link.
    const link = page.getByRole('link', { name: lab.file, exact: true });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(lab.file);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.length).toBeGreaterThan(0);
    const digest = createHash('sha256').update(bytes).digest('hex');
    await expect(page.locator('.files li', { hasText: lab.file })).toContainText(digest);

    await hydrated(page, info);
    await page.evaluate(() => ((window as any).stillHere = true)).catch(() => undefined);
    const question = page.locator(`section.question#${lab.question}`);
    await question.getByRole('textbox').fill(lab.wrong);
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByRole('status').first()).toContainText('Not right yet');
    await expect(question.locator('.given').last()).toContainText(lab.wrong);
    if (info.project.name === 'javascript') {
      // The island answered in place: the page was never reloaded.
      expect(await page.evaluate(() => (window as any).stillHere)).toBe(true);
    }
  });
}
