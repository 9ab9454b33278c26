// Shared fixtures: every test fails on an uncaught page error, a console error or a request to another origin,
// and `checkA11y` fails on any axe violation.
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  errors: string[];
  /** Console errors a test expects (e.g. a failed fetch it caused on purpose). */
  allowConsole: (pattern: RegExp) => void;
}

export const test = base.extend<{ problems: PageProblems; checkA11y: (page?: Page) => Promise<void> }>({
  problems: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      const watch = (page: Page) => {
        page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          const text = message.text();
          if (!allowed.some((pattern) => pattern.test(text))) errors.push(`console error: ${text}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      // Off-origin requests are refused and recorded: nothing a user enters may leave the browser.
      await context.route(
        (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
        async (route) => {
          errors.push(`off-origin request: ${route.request().url()}`);
          await route.abort('blockedbyclient');
        },
      );
      await use({ errors, allowConsole: (pattern) => allowed.push(pattern) });
      expect(errors, 'page errors, console errors and off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
  checkA11y: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      const summary = results.violations.map(
        (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      );
      expect(summary, 'axe violations').toEqual([]);
    });
  },
});

export { expect };

export const languages = ['en', 'ja', 'zh-TW'] as const;
export type Language = (typeof languages)[number];
