import { defineConfig } from '@playwright/test';

// The server is started by the Makefile (`make e2e`) on a fresh database, so every run
// begins from the same demo accounts.
export const baseURL = process.env.KUJENGA_URL ?? 'http://127.0.0.1:3100';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: the browser and the server share them.
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'javascript', use: { javaScriptEnabled: true } },
    // axe-core runs inside the page, so the accessibility checks need JavaScript; the pages'
    // HTML is the same without it.
    { name: 'no-javascript', use: { javaScriptEnabled: false }, testIgnore: /accessibility\.spec\.ts/ },
  ],
});
