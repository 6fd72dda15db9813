import { expect, test } from '@playwright/test';
import { demoAccounts, hydrated, trainee } from './accounts';

test('a trainee chooses French from the menu; it sticks across pages and after signing in, and a French answer counts', async ({ page }, info) => {
  await page.goto('/sign-in');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Français' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
  await expect(page.getByRole('navigation', { name: 'Langue' }).locator('[aria-current]')).toHaveText('Français');

  // Signing in keeps the choice.
  const username = trainee(info);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(demoAccounts().get(username)!);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalogue');
  await expect(page.getByRole('navigation', { name: 'Compte' })).toContainText('Se déconnecter');

  // The lesson is in French, and its French choice is graded as the English one.
  await page.goto('/learn/law-what-the-convention-is');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("La Convention de Budapest : ce qu'elle est et pourquoi elle compte");
  await hydrated(page, info);
  const question = page.locator('section.question#q3');
  await question.getByLabel(/Non, l'article 2 demande/).first().check();
  await question.locator('form.answer button[type=submit]').first().click();
  await expect(page.locator('section.question#q3 .verdict.good').last()).toContainText('✓');
  await expect(page.locator('section.question#q3 .verdict.good').last()).toContainText('Bonne réponse');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('Arabic pages are right to left, with the menu in every language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const menu = page.locator('nav.languages');
  for (const name of ['English', 'Français', 'Español', 'Português', 'العربية']) {
    await expect(menu).toContainText(name);
  }
  await menu.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalog');
});
