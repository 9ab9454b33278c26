// What a step page opened by its deep link must show: its title (page and tab), the language, its place on the step
// indicator, and every one of its document sentences verbatim.
import { expect, type Page } from '@playwright/test';
import { flows, type Code, type StepId } from '../../src/config/flow';
import { collapse, loadDocument, plain, uiText, visibleText } from './documents';

/**
 * Opens the step's document text, folded under its disclosure after the actions (open already on the overview), and
 * waits for the text. An old link's page is drawn by the app after it loads: a disclosure opened before then is drawn
 * again, closed, so the click is repeated until it stays open, as a reader would.
 */
export async function openDocument(page: Page, language: string): Promise<void> {
  const disclosure = page.locator('details.document-disclosure');
  // A step with no text of Microsoft's (5.7.705's accounts) has no disclosure.
  if ((await disclosure.count()) === 0) return;
  await expect(async () => {
    if (!(await disclosure.evaluate((element: HTMLDetailsElement) => element.open))) {
      await disclosure.getByText(uiText(language, 'document.disclosure')).click();
    }
    await expect(disclosure).toHaveAttribute('open', '', { timeout: 1_000 });
  }).toPass();
  await expect(disclosure.getByRole('region', { name: uiText(language, 'document.label') })).toBeVisible();
}

export async function expectStepPage(page: Page, language: string, code: Code, stepId: StepId): Promise<void> {
  const title = uiText(language, `steps.${stepId}.title`, { code });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} · ${code} – Unblock`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('.step-indicator [aria-current="step"]')).toContainText(uiText(language, `steps.${stepId}.short`));
  await openDocument(page, language);
  const document = loadDocument(language);
  const quotedNdr = new Set(document.blocks.filter((block) => block.type === 'ndr').flatMap((block) => block.segments));
  const step = flows[code].steps.find((candidate) => candidate.id === stepId);
  if (!step) throw new Error(`${code} has no step ${stepId}`);
  for (const segment of step.segments) {
    const content = document.segments[segment];
    if (!content) throw new Error(`segment ${segment} missing`);
    // Quoted NDR lines show their English original beside the translation from the start.
    const shown = quotedNdr.has(segment) && content.original ? `${plain(content.text)}${plain(content.original)}` : plain(content.text);
    expect(await visibleText(page.locator(`[data-segment="${segment}"]`).first())).toBe(collapse(shown));
  }
}
