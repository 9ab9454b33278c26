import { describe, expect, it } from 'vitest';
import { actionsById } from '../actions';
import { adminPages, adminPagesByAction, type AdminPageId } from '../admin-pages';
import { flows } from '../flow';

const hosts = { exchange: 'admin.exchange.microsoft.com', defender: 'security.microsoft.com', microsoft365: 'admin.microsoft.com' };

describe('admin pages', () => {
  it.each(Object.keys(adminPages) as AdminPageId[])('%s is an https page of its own portal', (id) => {
    const url = new URL(adminPages[id][1]);
    expect(url.protocol).toBe('https:');
    expect(url.host).toBe(hosts[adminPages[id][0]]);
  });

  it('links only actions that exist, each page once per action', () => {
    for (const [actionId, pages] of Object.entries(adminPagesByAction)) {
      expect(actionsById[actionId], actionId).toBeDefined();
      expect(new Set(pages).size, actionId).toBe(pages.length);
    }
  });

  it('puts every page on some step of each flow that has its action', () => {
    const linked = (code: keyof typeof flows) =>
      new Set(flows[code].steps.flatMap((step) => step.actions.flatMap((action) => adminPagesByAction[action.id] ?? [])));
    const all = new Set([...linked('5.7.705'), ...linked('5.7.750')]);
    expect([...all].sort()).toEqual((Object.keys(adminPages) as AdminPageId[]).sort());
  });

  it('gives each step the page it is about', () => {
    const pagesOf = (code: keyof typeof flows, stepId: string) =>
      flows[code].steps.find((step) => step.id === stepId)?.actions.flatMap((action) => adminPagesByAction[action.id] ?? []) ?? [];
    expect(pagesOf('5.7.750', 'domains')).toEqual(expect.arrayContaining(['acceptedDomains', 'domains']));
    expect(pagesOf('5.7.750', 'connectors')).toContain('connectors');
    expect(pagesOf('5.7.705', 'support')).toEqual(expect.arrayContaining(['serviceHealth', 'helpAndSupport']));
  });
});
