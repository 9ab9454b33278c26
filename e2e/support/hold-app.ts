import type { Page, Route } from '@playwright/test';

/** Holds back the app's code until `release()`: the page is then as a visitor on a slow connection first sees it. */
export async function holdApp(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}
