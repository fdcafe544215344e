import { defineConfig, devices } from '@playwright/test';
import { TIME_ZONE } from './src/lib/time-zone';

/**
 * Browser tests against a running stack (the caller starts it; there is no webServer here). Debian's Chromium is
 * used as installed: Playwright never downloads a browser on this project.
 */
// An empty variable counts as unset.
const baseURL = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // The root `npm test` reads the counts from a JSON report it names through PLAYWRIGHT_JSON_OUTPUT_NAME.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: baseURL === undefined || baseURL === '' ? 'http://127.0.0.1:3100' : baseURL,
    locale: 'fr-FR',
    timezoneId: TIME_ZONE,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
