import { describe, expect, it } from 'vitest';
import uiEn from '../../../../locales/en/ui.json';
import { flows, type Flow } from '../../../config/flow';
import { createCase, type CaseFile } from '../case-schema';
import { buildSupportSummary } from '../support-summary';

/** Every `ui:` key as the English locale file has it, flattened to `ui:a.b.c`. */
function flatten(tree: object, prefix: string): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flatten(value as object, `${prefix}${key}.`),
  );
}

const english: Record<string, string> = {
  ...Object.fromEntries(flatten(uiEn, 'ui:')),
  'ui:codes.5_7_750.name': 'Client blocked from sending from unregistered domains',
  'ui:codes.5_7_750.summary': 'Servers relayed mail through Exchange Online Protection from domains that are not accepted domains of your tenant.',
  'ui:steps.about.title': 'What {{code}} means',
  'ui:steps.domains.title': 'Register all your sending domains',
  'ui:steps.connectors.title': 'Look for unusual connectors',
  'ui:steps.servers.title': 'Lock down on-premises servers',
  'ui:steps.support.title': 'Contact Microsoft Support',
  'actions:keep-ndr.title': 'Keep a copy of the bounce message',
  'actions:add-missing-domains.title': 'Add and validate every missing domain',
  'actions:certificate-connector.title': 'Send from on-premises servers through a certificate-based connector',
  'actions:restrict-relay.title': 'Allow relay only from your own servers',
  'actions:open-support-case.title': 'Open a support case',
};

function translate(dictionary: Record<string, string>) {
  return (key: string, options?: Record<string, unknown>): string => {
    const template = dictionary[key];
    if (template === undefined) throw new Error(`missing text: ${key}`);
    return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
      const value = options?.[name];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    });
  };
}

const action = (id: string) => ({ id, codes: ['5.7.750' as const], commands: [], links: [] });
const flow: Flow = {
  code: '5.7.750',
  steps: [
    { id: 'about', segments: [], actions: [action('keep-ndr')], tools: [] },
    { id: 'domains', segments: [], actions: [action('add-missing-domains'), action('certificate-connector')], tools: [] },
    { id: 'connectors', segments: [], actions: [], tools: [] },
    { id: 'servers', segments: [], actions: [action('restrict-relay')], tools: [] },
    { id: 'support', segments: [], actions: [action('open-support-case')], tools: [] },
  ],
};

const caseFile: CaseFile = {
  ...createCase('5.7.750', new Date('2025-01-31T08:55:00.000Z')),
  updatedAt: '2025-01-31T16:12:00.000Z',
  details: { tenant: ' contoso.onmicrosoft.com ' },
  actions: {
    'keep-ndr': { state: 'done', changedAt: '2025-01-31T09:00:00.000Z' },
    'add-missing-domains': { state: 'done', changedAt: '2025-01-31T11:40:00.000Z' },
    'certificate-connector': { state: 'not-applicable', changedAt: '2025-01-31T11:45:00.000Z', reason: 'No on-premises Exchange' },
    'restrict-relay': { state: 'open', changedAt: '2025-01-31T12:00:00.000Z' },
  },
  notes: {
    domains: { text: 'Added contoso-backup.net.\r\nValidated at 11:38 & checked <MX>.', changedAt: '2025-01-31T11:41:00.000Z' },
    connectors: { text: 'One connector, ours (2022).', changedAt: '2025-01-31T16:12:00.000Z' },
  },
  ndr: {
    allCodes: ['5.7.750'],
    recipients: ['megan.bowen@fabrikam.com', 'alex@fabrikam.com'],
    generatingServer: 'DM6PR11MB4657.namprd11.prod.outlook.com',
    diagnostic: "Remote Server returned\n'550 5.7.750 Service unavailable.'",
    source: 'file',
    fileName: 'bounce.eml',
  },
};

const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));

describe('buildSupportSummary', () => {
  it('builds its lines from keys, with fixed markers for each state', () => {
    const lines = buildSupportSummary({ caseFile, saved: true, flow, text: (key) => key, formatDateTime: (iso) => iso }).split('\n');
    expect(lines[0]).toBe('ui:summary.heading');
    expect(lines).toContain('  [x] ui:summary.actionDone');
    expect(lines).toContain('  [n/a] ui:summary.actionNotApplicable');
    expect(lines).toContain('  [ ] actions:restrict-relay.title');
    expect(lines).toContain('  [ ] actions:open-support-case.title');
    expect(lines).toContain('2. ui:steps.connectors.title');
    expect(lines).toContain('  ui:summary.ndr.sourceFile');
    expect(lines.at(-1)).toBe('ui:summary.closing');
    const keys = lines.map((line) => line.trim().replace(/^\[(x| |n\/a)\] /, '')).filter((line) => line.startsWith('ui:summary.'));
    for (const key of keys) expect(Object.keys(english)).toContain(key);
  });

  it('leaves out empty parts', () => {
    const fresh = createCase('5.7.750', new Date(0));
    const lines = buildSupportSummary({ caseFile: fresh, saved: false, flow, text: (key) => key, formatDateTime: (iso) => iso }).split('\n');
    expect(lines).not.toContain('ui:steps.connectors.title');
    expect(lines).not.toContain('ui:summary.ndrHeading');
    expect(lines).not.toContain('  ui:summary.notes');
    // Nothing recorded yet, so no start or change time: the first edit sets them.
    expect(lines).toContain('ui:summary.notStarted');
    expect(lines).not.toContain('ui:summary.started');
    expect(lines).not.toContain('ui:summary.lastChange');
  });

  it('works on the real flow', () => {
    const summary = buildSupportSummary({ caseFile, saved: true, flow: flows['5.7.750'], text: (key) => key, formatDateTime: (iso) => iso });
    expect(summary).toContain('[x] ui:summary.actionDone');
  });

  it('says since when the tenant is blocked, from the time in the bounce, before the bounce as written', () => {
    const diagnostic =
      '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [TY2PR01MB3345.jpnprd01.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B12]';
    const bounced: CaseFile = { ...caseFile, ndr: { allCodes: ['5.7.750'], recipients: [], date: '2026/11/25 23:14:21', diagnostic, source: 'paste' } };
    const lines = buildSupportSummary({ caseFile: bounced, saved: true, flow, text: translate(english), formatDateTime }).split('\n');
    const heading = lines.indexOf('From the bounce message (NDR)');
    expect(lines[heading + 1]).toBe('  Blocked since: 25 Nov 2026, 14:14');
    expect(lines).toContain('  Date: 2026/11/25 23:14:21');
    // A bounce without a time in a known zone says nothing of the kind.
    expect(buildSupportSummary({ caseFile, saved: true, flow, text: translate(english), formatDateTime })).not.toContain('Blocked since');
  });

  it('reads as plain English text', () => {
    const summary = buildSupportSummary({ caseFile, saved: true, flow, text: translate(english), formatDateTime });
    expect(summary).toMatchInlineSnapshot(`
      "Exchange Online sending block: summary for Microsoft Support
      Error code: 5.7.750 (Client blocked from sending from unregistered domains)
      What it means: Servers relayed mail through Exchange Online Protection from domains that are not accepted domains of your tenant.
      Tenant: contoso.onmicrosoft.com
      Service request: (not entered)
      Case started: 31 Jan 2025, 08:55
      Last change: 31 Jan 2025, 16:12
      Actions resolved: 3 of 5 (2 done, 1 not applicable)

      Cause:
        (not entered)

      What we changed:
        (not entered)

      How we prevent it happening again:
        (not entered)

      What 5.7.750 means
        [x] Keep a copy of the bounce message (done 31 Jan 2025, 09:00)

      1. Register all your sending domains
        [x] Add and validate every missing domain (done 31 Jan 2025, 11:40)
        [n/a] Send from on-premises servers through a certificate-based connector (not applicable: No on-premises Exchange)
        Notes:
          Added contoso-backup.net.
          Validated at 11:38 & checked <MX>.

      2. Look for unusual connectors
        Notes:
          One connector, ours (2022).

      3. Lock down on-premises servers
        [ ] Allow relay only from your own servers

      4. Contact Microsoft Support
        [ ] Open a support case

      From the bounce message (NDR)
        Error codes: 5.7.750
        Recipients: megan.bowen@fabrikam.com, alex@fabrikam.com
        Generating server: DM6PR11MB4657.namprd11.prod.outlook.com
        Diagnostic information for administrators:
          Remote Server returned
          '550 5.7.750 Service unavailable.'
        Source: file bounce.eml

      Please review the actions above and remove the sending restriction from this tenant. Thank you."
    `);
  });
});

describe('the facts Support asks first', () => {
  const facts: CaseFile = {
    ...caseFile,
    details: {
      tenant: 'contoso.onmicrosoft.com',
      tenantId: '9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b',
      requestNumber: '2611250010001234',
      contactName: 'Aiko Tanaka',
      contactPhone: '+81 3 1234 5678',
      contactHours: 'weekdays 9:00-18:00 JST',
      usersAffected: 'all 250 mailboxes',
      cause: 'A relay server accepted mail from anyone.',
      changes: 'Closed the relay.\nRemoved connector Relay-2.',
      prevention: 'Relay only from known servers.',
      detectedAt: '2026-11-25T15:00:00.000Z',
      containedAt: '2026-11-25T17:30:00.000Z',
      fixedAt: '2026-11-25T20:26:30.000Z',
    },
    ndr: { allCodes: ['5.7.750'], recipients: [], diagnostic: '550 5.7.750 [CH3PR12MB7532.namprd12.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B11]', source: 'paste' },
  };
  const summary = (input: CaseFile, findings: string[] = [], now = Date.parse('2026-11-25T16:00:00Z')) =>
    buildSupportSummary({ caseFile: input, saved: true, flow, text: translate(english), formatDateTime, findings, now, language: 'en-GB' });

  it('names the tenant, the request and the contact at the top, and the impact, cause, changes, prevention and timeline before the steps', () => {
    const text = summary(facts, ['Domains: 3 sending domains read, 1 not accepted', '  fabrikam-mail.com (not accepted)']);
    expect(text).toContain(
      [
        'Tenant: contoso.onmicrosoft.com',
        'Tenant ID: 9a8b7c6d-1234-4e5f-8a9b-0c1d2e3f4a5b',
        'Service request: 2611250010001234',
        'Contact: Aiko Tanaka / +81 3 1234 5678 / weekdays 9:00-18:00 JST',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        'Impact:',
        '  Users affected: all 250 mailboxes',
        // Fixed at 20:26: the block lasted from the bounce's own time until then, whatever the clock says now.
        '  Blocked from 25 Nov 2026, 14:14 until 25 Nov 2026, 20:26 (6 h 12 min)',
        '',
        'Cause:',
        '  A relay server accepted mail from anyone.',
        '  Domains: 3 sending domains read, 1 not accepted',
        '    fabrikam-mail.com (not accepted)',
        '',
        'What we changed:',
        '  Closed the relay.',
        '  Removed connector Relay-2.',
        '',
        'How we prevent it happening again:',
        '  Relay only from known servers.',
        '',
        'Timeline (UTC; local time in brackets):',
        '  First bounce: 25 Nov 2026, 14:14 UTC (25 Nov 2026, 14:14)',
        '  Detected: 25 Nov 2026, 15:00 UTC (25 Nov 2026, 15:00)',
        '  Contained: 25 Nov 2026, 17:30 UTC (25 Nov 2026, 17:30)',
        '  Fixed: 25 Nov 2026, 20:26 UTC (25 Nov 2026, 20:26)',
        '',
        'What 5.7.750 means',
      ].join('\n'),
    );
  });

  it('counts a block not yet fixed up to now, and takes the first bounce from the timeline when no bounce has a time', () => {
    const open = { ...facts.details, fixedAt: undefined };
    expect(summary({ ...facts, details: open })).toContain('  Blocked since: 25 Nov 2026, 14:14 (blocked for 1 h 45 min)');
    const typed = { ...facts, ndr: undefined, details: { ...open, firstBounceAt: '2026-11-23T10:00:00.000Z' } };
    expect(summary(typed)).toContain('  Blocked since: 23 Nov 2026, 10:00 (blocked for 2 d 6 h)');
    expect(summary(typed)).toContain('  First bounce: 23 Nov 2026, 10:00 UTC');
  });

  it('says what is missing rather than leaving Support to guess, and writes hidden characters visibly', () => {
    const bare = summary({ ...caseFile, details: { tenant: '', cause: 'ok\u202Egnp.exe' } });
    expect(bare).toContain('Tenant: (not entered)\nService request: (not entered)');
    expect(bare).toContain('What we changed:\n  (not entered)');
    expect(bare).toContain('Cause:\n  ok⟨U+202E⟩gnp.exe');
    expect(bare).not.toContain('Impact:');
    expect(bare).not.toContain('Timeline');
  });
});
