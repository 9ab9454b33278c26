import { expect, readOnlyPageTest, test } from './fixtures';
import { collapse, loadDocument, plain, uiText, visibleText } from './support/documents';
import { openDocument } from './support/step-page';

for (const language of ['ja', 'zh-TW'] as const) {
  readOnlyPageTest(`${language}: every translated sentence reveals its English original, by pointer and keyboard`, async ({ page }) => {
    const document = loadDocument(language);
    await page.goto(`/5.7.750/connectors?lng=${language}`);
    await openDocument(page, language);
    const sentence = page.locator('[data-segment="133"]');
    const toggle = sentence.getByRole('button', { name: uiText(language, 'document.showOriginal') });
    const original = sentence.locator('[lang="en"]');
    await expect(original).toBeHidden();
    await toggle.click();
    await expect(original).toBeVisible();
    expect(await visibleText(original)).toBe(collapse(plain(document.segments['133']?.original ?? [])));
    await expect(sentence.getByRole('button', { name: uiText(language, 'document.hideOriginal') })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // Keyboard: Tab to the next sentence's toggle and press Enter.
    const next = page.locator('[data-segment="134"]');
    await next.getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(next.locator('[lang="en"]')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(next.locator('[lang="en"]')).toBeHidden();
    // One switch shows every original on the page.
    await page.getByLabel(uiText(language, 'document.showAllOriginals')).check();
    for (const segment of [132, 134]) {
      const shown = page.locator(`[data-segment="${segment}"] [lang="en"]`);
      await expect(shown).toBeVisible();
      expect(await visibleText(shown)).toBe(collapse(plain(document.segments[String(segment)]?.original ?? [])));
    }
  });
}

readOnlyPageTest('English pages have no original toggles', async ({ page }) => {
  await page.goto('/5.7.750/connectors?lng=en');
  await openDocument(page, 'en');
  await expect(page.locator('[data-segment="133"]')).toBeVisible();
  await expect(page.getByRole('button', { name: uiText('en', 'document.showOriginal') })).toHaveCount(0);
});

readOnlyPageTest('document links are real https links that open safely in a new tab', async ({ page }) => {
  await page.goto('/5.7.705/support?lng=ja');
  await openDocument(page, 'ja');
  const links = page.locator('.document a');
  expect(await links.count()).toBeGreaterThanOrEqual(5);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('href', /^https:\/\//);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  }
  await expect(page.getByRole('link', { name: /Office 365 メールのスパム対策保護/ })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/defender-office-365/anti-spam-protection-about',
  );
});

test.describe('copy link to this step', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test("copies the step's link in the language being read, and confirms accessibly", async ({ page, baseURL }) => {
    await page.goto('/5.7.750/servers?lng=zh-TW');
    await page.getByRole('button', { name: uiText('zh-TW', 'share.copy') }).click();
    await expect(page.getByRole('status').filter({ hasText: uiText('zh-TW', 'common.copiedAnnouncement') })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/zh-tw/5.7.750/servers`);
  });
});

test('a PowerShell command can be copied exactly', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/5.7.750/domains');
  const block = page.locator('.code-block').first();
  await block.getByRole('button', { name: uiText('en', 'common.copyCommand') }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.locator('code').textContent());
  expect(copied).toContain('Connect-ExchangeOnline');
});

readOnlyPageTest('unknown routes get a helpful page: an unknown code, step or path', async ({ page, checkA11y }) => {
  // axe once per kind of page: an unknown code passes it in a11y.spec.ts.
  for (const [path, heading, axe] of [
    ['/5.7.708/about', uiText('en', 'notFound.codeTitle', { code: '5.7.708' }), false],
    ['/5.7.750/nowhere', uiText('en', 'notFound.stepTitle'), true],
    ['/some/deep/path', uiText('en', 'notFound.title'), true],
    ['/5.7.705/checklist/extra', uiText('en', 'notFound.stepTitle'), false],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole('link', { name: uiText('en', 'notFound.home') })).toBeVisible();
    if (axe) await checkA11y();
  }
});

readOnlyPageTest('unknown routes are helpful in every language', async ({ page }) => {
  await page.goto('/5.7.711?lng=ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('ja', 'notFound.codeTitle', { code: '5.7.711' }));
  await expect(page.getByRole('link', { name: /5\.7\.705/ })).toBeVisible();
  await page.goto('/5.7.750/foo?lng=zh-TW');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('zh-TW', 'notFound.stepTitle'));
});

test('hostile strings in the path and in ?lng= never execute', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { pwned: number }).pwned = 0;
  });
  const payload = '<img src=x onerror="window.pwned=1">';
  await page.goto(`/${encodeURIComponent(payload)}/about`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'notFound.title'));
  await expect(page.getByText(payload, { exact: false })).toBeVisible();
  await page.goto(`/5.7.750/${encodeURIComponent('"><script>window.pwned=2</script>')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'notFound.stepTitle'));
  await page.goto(`/5.7.750/about?lng=${encodeURIComponent('"><svg onload=window.pwned=3>')}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/?lng=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('en', 'start.title'));
  expect(await page.evaluate(() => (window as unknown as { pwned: number }).pwned)).toBe(0);
  expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
});

test('a folded document keeps its prerendered text while the step is used, and its reader loads when it is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/ja/5.7.750/connectors');
  await page.getByRole('checkbox', { name: uiText('ja', 'list-inbound-connectors.title', {}, 'actions') }).check();
  await page.getByRole('textbox', { name: uiText('ja', 'notes.label') }).fill('Relay-2');
  // Folded, but in the page: find in page and a printout still have it.
  await expect(page.locator('details.document-disclosure [data-segment="133"]')).toBeAttached();
  expect(scripts.filter((path) => path.includes('document-text'))).toEqual([]);
  await openDocument(page, 'ja');
  const sentence = page.locator('[data-segment="133"]');
  await sentence.getByRole('button', { name: uiText('ja', 'document.showOriginal') }).click();
  await expect(sentence.locator('[lang="en"]')).toBeVisible();
  expect(scripts.some((path) => path.includes('document-text'))).toBe(true);
});
