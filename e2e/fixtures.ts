// Shared fixtures: every test fails on an uncaught page error, a console error or a request to another origin,
// and `checkA11y` fails on any axe violation.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { test as playwrightTest, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export interface PageProblems {
  errors: string[];
  /** Console errors a test expects (e.g. a failed fetch it caused on purpose). */
  allowConsole: (pattern: RegExp) => void;
}

/** `only: 'colour'` runs just the rules a colour scheme can change (contrast), for a second scheme on the same page. */
type CheckA11y = (page?: Page, options?: { only?: 'colour' }) => Promise<void>;

// axe's rules that depend on colour alone; everything else reads the DOM, which a colour scheme does not change.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Records what must never happen on a page: an uncaught error, a console error (unless `allowed`) or a request to another
 * origin: nothing a user enters may leave the browser (the app's CSP refuses such a request; the test fails on one).
 */
function guardContext(context: BrowserContext, baseURL: string | undefined, errors: string[], allowed: RegExp[]): void {
  const origin = new URL(baseURL ?? 'http://localhost').origin;
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // A path outside the contract is answered 404 with the not-found page, as a static host does; the browser logs
      // the status. A 404 for anything the page itself loads (its code, its text) is still an error.
      if (/status of 404/.test(text) && !/\/assets\//.test(message.location().url)) return;
      if (!allowed.some((pattern) => pattern.test(text))) errors.push(`console error: ${text}`);
    });
  };
  const prepare = (page: Page) => {
    watch(page);
    waitForAppOnLoad(page);
  };
  context.pages().forEach(prepare);
  context.on('page', prepare);
  // A pattern rather than a predicate: Playwright's driver matches a pattern itself, so same-origin requests never
  // wait on a round trip to the test's process (which, on a busy machine, slows every page load).
  const offOrigin = new RegExp(`^(?!${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/|data:|blob:)`);
  // Watched, not intercepted: routing every request through the test runner slowed each page load for a check that
  // only has to see the request (this machine has no route to other origins anyway).
  context.on('request', (request) => {
    if (offOrigin.test(request.url())) errors.push(`off-origin request: ${request.url()}`);
  });
}

/**
 * The app is running on the page: the prerendered HTML is hydrated (or, for a path no page was built for, rendered) and
 * its controls work. An old link's page is still on its way to its language's page until then.
 */
export async function appRuns(page: Page): Promise<void> {
  await expect(page.locator('html:not([data-booting]) #root > *').first()).toBeAttached();
}

/**
 * `goto` and `reload` return once the app runs, as a visitor waits to see the page work before using it. A test that
 * looks at the page before that (a held script, JavaScript off) says when to return with `waitUntil`.
 */
function waitForAppOnLoad(page: Page): void {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (!options?.waitUntil) await appRuns(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (!options?.waitUntil) await appRuns(page);
    return response;
  };
}

export const test = playwrightTest.extend<{ problems: PageProblems; checkA11y: CheckA11y }>({
  problems: [
    async ({ context, baseURL }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      guardContext(context, baseURL, errors, allowed);
      await use({ errors, allowConsole: (pattern) => allowed.push(pattern) });
      expect(errors, 'page errors, console errors and off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
  checkA11y: async ({ page }, use) => {
    await use((target = page, options = {}) =>
      // A named step, so the timing report can say how much of the suite axe takes.
      test.step('axe', async () => {
        // Every page has one h1 once the app has rendered; before that axe would be checking the loading screen.
        await expect(target.getByRole('heading', { level: 1 })).toBeVisible();
        const runOnly: RunOptions['runOnly'] =
          options.only === 'colour' ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: AXE_TAGS };
        const violations = await runAxe(target, { runOnly, resultTypes: ['violations'] });
        expect(violations, 'axe violations').toEqual([]);
      }),
    );
  },
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
let axeSource: string | undefined;

/**
 * Runs axe in the page and lists each violation in a line. axe is put into the page once per document and reused for a
 * second run there (another colour scheme): compiling its half-megabyte source is most of a short page's axe time. The
 * app has no frames, so axe runs in the top document only.
 */
async function runAxe(page: Page, options: RunOptions): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(
    // `axe` is the global the source above defines.
    (runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions),
    options,
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

/**
 * For tests that only open a page by its URL and read it (no storage, no second tab): one browser page per worker,
 * reused. A new browser page costs several times more than loading the app again in a warm one, and these tests are
 * many. Each test still starts with a full page load of its own URL, in the light scheme, and fails on the same
 * problems as any other.
 */
export const readOnlyPageTest = test.extend<object, { sharedPage: { page: Page; errors: string[] } }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale, actionTimeout, navigationTimeout } =
        workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale });
      if (actionTimeout) context.setDefaultTimeout(actionTimeout);
      if (navigationTimeout) context.setDefaultNavigationTimeout(navigationTimeout);
      const errors: string[] = [];
      guardContext(context, baseURL, errors, []);
      await use({ page: await context.newPage(), errors });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // The shared page is guarded once for the worker; no per-test browser context is made only to be guarded.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none.
  problems: async ({}, use) => {
    await use({
      errors: [],
      allowConsole: () => {
        throw new Error('A read-only page test expects no console error at all.');
      },
    });
  },
  page: async ({ sharedPage }, use) => {
    sharedPage.errors.length = 0;
    await sharedPage.page.emulateMedia({ colorScheme: 'light', media: 'screen' });
    await use(sharedPage.page);
    expect(sharedPage.errors, 'page errors, console errors and off-origin requests').toEqual([]);
  },
});

export { expect };

export const languages = ['en', 'ja', 'zh-TW'] as const;
export type Language = (typeof languages)[number];

/**
 * Prints the page to a PDF (print media) and returns the PDF's path and its text as `pdftotext` reads it.
 * A named step, so the timing report shows what PDFs cost.
 */
export function printToPdf(
  page: Page,
  testInfo: TestInfo,
  name: string,
  options: { format?: 'A4' | 'Letter'; layout?: boolean } = {},
): Promise<{ path: string; text: string }> {
  return playwrightTest.step('pdf', async () => {
    const path = testInfo.outputPath(`${name}.pdf`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path, format: options.format ?? 'A4' });
    const args = ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), path, '-'];
    return { path, text: execFileSync('pdftotext', args).toString('utf8') };
  });
}

/**
 * Lets the page finish what a render schedules for the next frames (effects that run in requestAnimationFrame), so a
 * test can then assert that something did not happen: a wait on the page's own frames, not on the clock.
 */
export const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
