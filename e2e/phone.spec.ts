// On a 360 px phone, in every language: nothing scrolls sideways but a command, no box scrolls inside the page but a
// command, every control is a tap target of at least 24 x 24 px (WCAG 2.2, 2.5.8), and the case file's tables stack.
import type { Page } from '@playwright/test';
import { expect, languages, test } from './fixtures';
import { uiText } from './support/documents';

const slug = (language: string) => language.toLowerCase();

/** What the page's layout does on this screen: sideways overflow, boxes that scroll, and controls under 24 px. */
function layout(page: Page) {
  return page.evaluate(() => {
    const shown = (element: Element) => element instanceof HTMLElement && element.offsetParent !== null;
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim().slice(0, 40)}"`;
    const scrollBoxes = [...document.querySelectorAll('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const scrolls = /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
        return scrolls && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      })
      .filter((element) => element.tagName !== 'PRE')
      .map(name);
    // Controls, not links in running text (WCAG's inline exception); a file input is hidden behind its button.
    const controls = 'button, input:not([type="file"]), select, textarea, summary, a.button, .step-indicator a, .language-switcher a';
    const smallTargets = [...document.querySelectorAll(controls)]
      .filter(shown)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width < 24 || box.height < 24;
      })
      .map(name);
    const sideways = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    return { sideways, scrollBoxes, smallTargets };
  });
}

test.use({ viewport: { width: 360, height: 800 } });

test('a phone scrolls only the page and the commands, and every control is big enough to tap, in every language', async ({ page }) => {
  for (const language of languages) {
    for (const path of ['5.7.750/about', '5.7.750/connectors', '5.7.705/support']) {
      await page.goto(`/${slug(language)}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (language !== 'en' && path.endsWith('about')) await page.getByLabel(uiText(language, 'document.showAllOriginals')).check();
      expect(await layout(page), `${language} ${path}`).toEqual({ sideways: 0, scrollBoxes: [], smallTargets: [] });
      if (!path.endsWith('connectors')) continue;
      // A long command keeps its lines whole and scrolls sideways, reachable by keyboard.
      const command = page.locator('pre', { hasText: 'Get-InboundConnector | Format-List' }).first();
      await expect(command).toHaveCSS('white-space', 'pre');
      await expect(command).toHaveAttribute('tabindex', '0');
      expect(await command.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    }
  }
});

test('the case file on a phone shows each action as a card, title over state and time, and passes axe in every language', async ({
  page,
  checkA11y,
}) => {
  for (const language of languages) {
    await page.goto(`/${slug(language)}/5.7.750/checklist`);
    const row = page.getByRole('row', { name: uiText(language, 'list-accepted-domains.title', {}, 'actions') });
    const title = await row.getByRole('rowheader').boundingBox();
    const state = await row.getByRole('cell').first().boundingBox();
    expect(title && state && state.y >= title.y + title.height, 'the state sits under the title').toBe(true);
    expect(await layout(page), language).toEqual({ sideways: 0, scrollBoxes: [], smallTargets: [] });
    await checkA11y();
  }
});
