// Each step offers the admin pages its actions are done in: plain links to Microsoft's portals that open in a new tab,
// named in the page's language. The app requests nothing from them (every test fails on a request to another origin).
import { adminPages, type AdminPageId } from '../src/config/admin-pages';
import { expect, languages, readOnlyPageTest } from './fixtures';
import { uiText } from './support/documents';

const slug = (language: string) => language.toLowerCase();

/** Where an admin needs each page: the step, and the action on it that links there. */
const expected: { path: string; action: string; page: AdminPageId; href: string }[] = [
  { path: '5.7.750/about', action: 'keep-ndr', page: 'alerts', href: 'https://security.microsoft.com/alerts' },
  { path: '5.7.750/domains', action: 'list-accepted-domains', page: 'acceptedDomains', href: 'https://admin.exchange.microsoft.com/#/accepteddomains' },
  { path: '5.7.750/domains', action: 'list-sending-domains', page: 'messageTrace', href: 'https://admin.exchange.microsoft.com/#/messagetrace' },
  { path: '5.7.750/domains', action: 'add-missing-domains', page: 'domains', href: 'https://admin.microsoft.com/AdminPortal/Home#/Domains' },
  { path: '5.7.750/connectors', action: 'list-inbound-connectors', page: 'connectors', href: 'https://admin.exchange.microsoft.com/#/connectors' },
  { path: '5.7.750/connectors', action: 'check-compromised-accounts', page: 'restrictedEntities', href: 'https://security.microsoft.com/restrictedentities' },
  { path: '5.7.705/support', action: 'open-support-case', page: 'serviceHealth', href: 'https://admin.microsoft.com/AdminPortal/Home#/servicehealth' },
  { path: '5.7.705/support', action: 'open-support-case', page: 'helpAndSupport', href: 'https://admin.microsoft.com/AdminPortal/Home#/support' },
];

readOnlyPageTest('each step links its actions to the right admin page, in every language, opening safely in a new tab', async ({ page }) => {
  for (const language of languages) {
    for (const path of new Set(expected.map((entry) => entry.path))) {
      await page.goto(`/${slug(language)}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const entry of expected.filter((candidate) => candidate.path === path)) {
        const name = uiText(language, 'adminPages.open', {
          page: uiText(language, `adminPages.pages.${entry.page}`),
          portal: uiText(language, `adminPages.portals.${adminPages[entry.page][0]}`),
        });
        const link = page.locator(`#${entry.action}`).getByRole('link', { name });
        await expect(link, `${language} ${path} ${entry.page}`).toHaveAttribute('href', entry.href);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
        await expect(link).toContainText(uiText(language, 'common.opensInNewTab'));
      }
    }
  }
});
