import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from './accounts';

// axe-core finds no serious or critical violation on the pages each role uses most, in English
// and in Arabic (right to left). The no-javascript project leaves this file out (see
// playwright.config.ts): axe-core runs inside the page.

const PAGES: [string | null, string[]][] = [
  [null, ['/sign-in', '/', '/verify']],
  ['amina', ['/', '/learn/cert-csirt-and-constituency', '/learn/cert-lab-ssh-bruteforce']],
  ['instructor', ['/cohorts/1']],
  ['manager', ['/programs/1']],
];

async function signInAs(page: Page, username: string) {
  await page.goto('/sign-in');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(demoAccounts().get(username)!);
  await page.locator('form.stack button[type=submit]').click();
  await expect(page.locator('nav.account form[action="/api/sign-out"]')).toBeVisible();
}

for (const language of ['en', 'ar']) {
  for (const [who, paths] of PAGES) {
    test(`no serious violation for ${who ?? 'a visitor'} in ${language}`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: 'kujenga_lang', value: language, url: baseURL! }]);
      if (who) await signInAs(page, who);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
        expect(serious, `${path} in ${language}`).toEqual([]);
      }
    });
  }
}
