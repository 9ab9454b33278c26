// Pages arrive as HTML in their language, readable before (and without) JavaScript; the app then hydrates them without
// a mismatch, keeps what was done before it ran, and old links land on the same page in the right language.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codes, flowStepIds, type Code, type StepId } from '../src/config/flow';
import { appRuns, expect, test } from './fixtures';
import { uiText } from './support/documents';
import { holdApp } from './support/hold-app';
import { openDocument } from './support/step-page';

const languages = [
  { language: 'en', slug: 'en' },
  { language: 'ja', slug: 'ja' },
  { language: 'zh-TW', slug: 'zh-tw' },
] as const;
/** Each code's pages, written out: 5.7.705 contains compromised accounts first; 5.7.750 has no such step. */
const pagesOf: Record<Code, readonly (StepId | 'checklist')[]> = {
  '5.7.705': ['about', 'accounts', 'domains', 'connectors', 'servers', 'support', 'checklist'],
  '5.7.750': ['about', 'domains', 'connectors', 'servers', 'support', 'checklist'],
};
const dist = join(import.meta.dirname, '..', 'dist');
const built = (file: string) => readFileSync(join(dist, file), 'utf8');

const decode = (html: string) =>
  html.replace(/<!-- -->/g, '').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const pageTitle = (language: string, code: string, page: StepId | 'checklist') =>
  page === 'checklist' ? uiText(language, 'caseFile.title', { code }) : uiText(language, `steps.${page}.title`, { code });
const pageLead = (language: string, code: string, page: StepId | 'checklist') =>
  page === 'checklist' ? uiText(language, `codes.${code.replace(/\./g, '_')}.summary`) : uiText(language, `steps.${page}.intro`, { code });

test('every page of both codes is built as HTML in its own language, with no script to wait for before it paints', () => {
  for (const code of codes) expect(flowStepIds(code)).toEqual(pagesOf[code].slice(0, -1));
  const sitemap = built('sitemap.xml');
  for (const { language, slug } of languages) {
    const others = languages.filter((other) => other.language !== language);
    for (const code of codes) {
      for (const page of pagesOf[code]) {
        const path = `/${slug}/${code}/${page}`;
        const html = built(`${slug}/${code}/${page}.html`);
        const [head = '', body = ''] = html.split('</head>');
        expect(html, path).toContain(`<html lang="${language}">`);
        expect(decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? ''), path).toBe(pageTitle(language, code, page));
        // Its language only: the other languages' words for the same page are not in it (the document's English
        // originals are, as on every translated page).
        expect(decode(body)).toContain(pageLead(language, code, page));
        for (const other of others) expect(decode(body), `${path} has ${other.language}`).not.toContain(pageLead(other.language, code, page));
        // Without JavaScript the page says what needs it.
        expect(body).toContain(`<noscript><p class="noscript">${uiText(language, 'shell.noScript')}</p></noscript>`);
        expect(head).toContain(`<link rel="canonical" href="${path}" />`);
        for (const { language: alternate, slug: alternateSlug } of languages) {
          expect(head).toContain(`<link rel="alternate" hreflang="${alternate}" href="/${alternateSlug}/${code}/${page}" />`);
        }
        expect(head).toContain(`<link rel="alternate" hreflang="x-default" href="/${code}/${page}" />`);
        expect(sitemap).toContain(`<loc>${path}</loc>`);
        // Paint first: nothing in the head loads or runs the app; its one script is the early script, allowed by hash.
        expect(head, path).not.toMatch(/<link[^>]*modulepreload/);
        expect(head, path).not.toMatch(/<script[^>]*type="module"/);
        // The early script comes after the stylesheet, which it waits for: the page is laid out once, styled.
        expect(head.indexOf('<script>'), path).toBeGreaterThan(head.indexOf('<link rel="stylesheet"'));
        const inline = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
        expect(inline).toHaveLength(1);
        const hash = createHash('sha256').update(inline[0] ?? '', 'utf8').digest('base64');
        expect(head).toContain(`'sha256-${hash}'`);
        // The app is named for the early script to load after the first paint; no element of the page loads it.
        expect(head).toMatch(/<meta name="unblock-entry" content="\/assets\/index-[\w-]+\.js" \/>/);
        // With the modules it imports, which the early script requests together with it.
        const preload = /<meta name="unblock-preload" content="([^"]*)" \/>/.exec(head)?.[1]?.split(' ') ?? [];
        expect(preload, path).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assets\/vendor-[\w-]+\.js$/)]));
        for (const file of preload) expect(existsSync(join(dist, file)), file).toBe(true);
        expect(body).not.toMatch(/<script[^>]*type="module"/);
      }
    }
    expect(built(`${slug}/index.html`)).toContain(`<h1 tabindex="-1">${uiText(language, 'start.title')}</h1>`);
    // No page, and no sitemap entry, for a step the code does not have.
    expect(existsSync(join(dist, `${slug}/5.7.750/accounts.html`))).toBe(false);
    expect(sitemap).not.toContain(`/${slug}/5.7.750/accounts<`);
  }
  expect(built('_headers')).toContain(`'sha256-${createHash('sha256').update(/<script>([\s\S]*?)<\/script>/.exec(built('404.html'))?.[1] ?? '').digest('base64')}'`);
  // An old link has a page of its own that only sends the visitor on: nothing in it is drawn.
  const old = built('5.7.750/connectors.html');
  expect(old.split('<body>')[1]?.replace(/<noscript>[\s\S]*?<\/noscript>/, '').trim()).toBe('</body>\n</html>');
  // Without JavaScript it offers the page in each language.
  for (const { language, slug } of languages) expect(old).toContain(`<a href="/${slug}/5.7.750/connectors" lang="${language}">`);
  expect(existsSync(join(dist, '5.7.705/accounts.html'))).toBe(true);
  expect(existsSync(join(dist, '5.7.750/accounts.html'))).toBe(false);
  expect(existsSync(join(dist, 'ja/5.7.750/connectors/index.html'))).toBe(false);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });
  test("a step's text and commands can be read, and its links lead to the other steps and languages", async ({ page }) => {
    await page.goto('/ja/5.7.750/connectors', { waitUntil: 'load' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'steps.connectors.title', { code: '5.7.750' }));
    await expect(page.locator('pre code', { hasText: 'Get-InboundConnector' }).first()).toBeVisible();
    // Microsoft's text is folded under the actions; the browser's own disclosure opens it without the app.
    await expect(page.locator('[data-segment="132"]')).toBeHidden();
    await openDocument(page, 'ja');
    await expect(page.locator('[data-segment="132"]')).toBeVisible();
    await page.getByRole('link', { name: '繁體中文' }).click();
    await expect(page).toHaveURL(/\/zh-tw\/5\.7\.750\/connectors$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'steps.connectors.title', { code: '5.7.750' }));
    await page.getByRole('link', { name: new RegExp(`^${uiText('zh-TW', 'wizard.next')}`) }).click();
    await expect(page).toHaveURL(/\/zh-tw\/5\.7\.750\/servers$/);
    await expect(page.locator('pre code').first()).toBeVisible();
  });
});

test.describe('old links, in a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });
  test('land on the same page in the language the link, the saved choice or the browser asks for', async ({ page }) => {
    await page.goto('/5.7.750/connectors#remove-unknown-connectors');
    await expect(page).toHaveURL(/\/ja\/5\.7\.750\/connectors#remove-unknown-connectors$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.goto('/5.7.705/servers?lng=zh-TW');
    await expect(page).toHaveURL(/\/zh-tw\/5\.7\.705\/servers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'steps.servers.title', { code: '5.7.705' }));
    // Choosing English is remembered: an old link then opens in English.
    await page.getByRole('navigation', { name: uiText('zh-TW', 'shell.languageLabel') }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/5\.7\.705\/servers$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'steps.servers.title', { code: '5.7.705' }));
    await page.goto('/5.7.750/domains');
    await expect(page).toHaveURL(/\/en\/5\.7\.750\/domains$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    // Another case is corrected; a code alone is its first step.
    await page.goto('/JA/5.7.750/servers');
    await expect(page).toHaveURL(/\/ja\/5\.7\.750\/servers$/);
    await page.goto('/zh-tw/5.7.750');
    await expect(page).toHaveURL(/\/zh-tw\/5\.7\.750\/about$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'steps.about.title', { code: '5.7.750' }));
  });
});

const actionTitle = (language: string, id: string) => uiText(language, `${id}.title`, {}, 'actions');

test('what is typed, ticked and clicked before the app runs is kept, and the page is hydrated, not drawn again', async ({ page }) => {
  const release = await holdApp(page);
  // Not until the load event: that waits for the app's code, which is held.
  await page.goto('/ja/5.7.750/domains', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-booting');
  await page.evaluate(() => {
    (window as unknown as { heading: Element | null }).heading = document.querySelector('h1');
  });
  await page.getByRole('checkbox', { name: actionTitle('ja', 'list-accepted-domains') }).check();
  await page.getByRole('textbox', { name: uiText('ja', 'notes.label') }).fill('fabrikam.com を追加 10:40');
  const last = page.getByRole('listitem').filter({ hasText: actionTitle('ja', 'certificate-connector') });
  await last.getByRole('button', { name: new RegExp(uiText('ja', 'actionState.markNotApplicable')) }).click();
  release();
  await appRuns(page);
  await expect(last.getByLabel(uiText('ja', 'actionState.reasonLabel'))).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { heading: Element | null }).heading === document.querySelector('h1'))).toBe(true);
  await expect(page.getByRole('checkbox', { name: actionTitle('ja', 'list-accepted-domains') })).toBeChecked();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('unblock:case:5.7.750') ?? '')).toContain('fabrikam.com を追加 10:40');
  await page.reload();
  await appRuns(page);
  await expect(page.getByRole('checkbox', { name: actionTitle('ja', 'list-accepted-domains') })).toBeChecked();
  await expect(page.getByRole('textbox', { name: uiText('ja', 'notes.label') })).toHaveValue('fabrikam.com を追加 10:40');
});

// Every test that reloads saved progress (persistence.spec.ts, in each language) fails on a hydration error too; this
// one shows the moment the stored case arrives, on a step and on the case file.
test('zh-TW: saved progress shows right after hydration, on a step and on the case file', async ({ page }) => {
  const language = 'zh-TW';
  const slug = 'zh-tw';
  await page.goto(`/${slug}/5.7.705/servers`);
  await appRuns(page);
  await page.getByRole('checkbox', { name: actionTitle(language, 'restrict-relay') }).check();
  await page.getByRole('textbox', { name: uiText(language, 'notes.label') }).fill('relay closed');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('unblock:case:5.7.705') ?? '')).toContain('relay closed');
  await page.goto(`/${slug}/5.7.705/checklist`);
  await appRuns(page);
  await expect(page.locator('.case-step__note-text')).toHaveText('relay closed');
  await page.goto(`/${slug}/5.7.705/servers`);
  await appRuns(page);
  await expect(page.getByRole('checkbox', { name: actionTitle(language, 'restrict-relay') })).toBeChecked();
});
