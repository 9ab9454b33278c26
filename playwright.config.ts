import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (no browser download needed); Playwright's own browser elsewhere.
const systemChromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const useSystemChromium = existsSync(systemChromium);
const port = Number(process.env.PORT ?? 4173);
const basePort = port + 10;
// A second build under a sub-path proves deep links and reloads work where the app is not at the root.
const basePath = '/help/unblock/';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Two workers keep both cores busy; more only queue behind each other on a small CI machine.
  workers: process.env.CI ? 2 : undefined,
  // The timing report prints where the time went (per spec, slowest tests, axe and PDF steps): figures, not limits.
  reporter: [['list'], ['./e2e/support/timing-reporter.ts']],
  // Every test takes a few seconds on a quiet 2-core machine; these limits leave room for one several times slower
  // or busier. Tests stay short (one page or one journey each), so a generous limit never hides a hang for long.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    baseURL: `http://localhost:${port}`,
    // Recording a trace costs every test time and disk; a failure is retried once in CI, and the retry records one.
    trace: 'on-first-retry',
    locale: 'en-US',
    launchOptions: {
      ...(useSystemChromium ? { executablePath: systemChromium } : {}),
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /base-path\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${basePort}${basePath}` },
    },
  ],
  webServer: [
    {
      // The production build (npm run e2e builds it first), served the way a static host serves it.
      command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts --port ${port}`,
      url: `http://localhost:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // Built by `npm run build:base` (package.json's e2e and test scripts), beside the root build.
      command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts --dir dist-base --port ${basePort}`,
      url: `http://localhost:${basePort}${basePath}`,
      env: { BASE_PATH: basePath },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});
