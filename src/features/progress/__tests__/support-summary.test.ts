import { describe, expect, it } from 'vitest';
import { flows, type Flow } from '../../../config/flow';
import { createCase, type CaseFile } from '../case-schema';
import { buildSupportSummary } from '../support-summary';

/** English wording of every `ui:summary.*` key (the locale files carry the same). */
const summaryEnglish: Record<string, string> = {
  heading: 'Exchange Online sending block: summary for Microsoft Support',
  code: 'Error code: {{code}} ({{name}})',
  meaning: 'What it means: {{meaning}}',
  tenant: 'Tenant: {{tenant}}',
  tenantMissing: '(not entered)',
  started: 'Case started: {{time}}',
  lastChange: 'Last change: {{time}}',
  progress: 'Actions resolved: {{resolved}} of {{total}} ({{done}} done, {{notApplicable}} not applicable)',
  actionDone: '{{title}} (done {{time}})',
  actionNotApplicable: '{{title}} (not applicable: {{reason}})',
  actionNotApplicableNoReason: '{{title}} (not applicable)',
  notes: 'Notes:',
  ndrHeading: 'From the bounce message (NDR)',
  'ndr.blockedSince': 'Blocked since: {{value}}',
  'ndr.allCodes': 'Error codes: {{value}}',
  'ndr.recipients': 'Recipients: {{value}}',
  'ndr.sender': 'Sender: {{value}}',
  'ndr.subject': 'Subject: {{value}}',
  'ndr.date': 'Date: {{value}}',
  'ndr.reportingServer': 'Reporting server: {{value}}',
  'ndr.generatingServer': 'Generating server: {{value}}',
  'ndr.diagnostic': 'Diagnostic information for administrators:',
  'ndr.sourcePaste': 'Source: text pasted from the bounce',
  'ndr.sourceFile': 'Source: file {{fileName}}',
  'ndr.sourceFileUnnamed': 'Source: saved bounce file',
  closing: 'Please review the actions above and remove the sending restriction from this tenant. Thank you.',
};

const english: Record<string, string> = {
  ...Object.fromEntries(Object.entries(summaryEnglish).map(([key, value]) => [`ui:summary.${key}`, value])),
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
    { id: 'about', segments: [], actions: [action('keep-ndr')] },
    { id: 'domains', segments: [], actions: [action('add-missing-domains'), action('certificate-connector')] },
    { id: 'connectors', segments: [], actions: [] },
    { id: 'servers', segments: [], actions: [action('restrict-relay')] },
    { id: 'support', segments: [], actions: [action('open-support-case')] },
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
      Case started: 31 Jan 2025, 08:55
      Last change: 31 Jan 2025, 16:12
      Actions resolved: 3 of 5 (2 done, 1 not applicable)

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
