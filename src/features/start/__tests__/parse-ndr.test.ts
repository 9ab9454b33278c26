import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSTIC } from '../ndr/limits';
import { MAX_INPUT_BYTES, parseNdr, utf8Length, type NdrDetails, type NdrOutcome } from '../parse-ndr';
import { readNdrFile } from '../read-ndr-file';

const fixtureDir = join(import.meta.dirname, '../../../../e2e/fixtures/ndr');
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(fixtureDir, name)));
const fixture = (name: string) => readFileSync(join(fixtureDir, name), 'utf8');

const codesOf = (outcome: NdrOutcome): string[] =>
  outcome.kind === 'covered' ? [outcome.code] : 'codes' in outcome ? outcome.codes : [];
const detailsOf = (outcome: NdrOutcome): NdrDetails | undefined => ('details' in outcome ? outcome.details : undefined);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

interface Expected {
  kind: NdrOutcome['kind'] | 'msg';
  codes?: string[];
  details?: Partial<NdrDetails>;
  /** Bytes that are not UTF-8 (EUC-JP): only a dropped file reads them; a paste is already text. */
  fileOnly?: true;
}

/** What each sample must give; e2e/fixtures/ndr/README.md says the same in words. */
const expectations: Record<string, Expected> = {
  'exchange-online-750.txt': {
    kind: 'covered',
    codes: ['5.7.750'],
    details: {
      allCodes: ['5.7.750'],
      recipients: ['megan.bowen@fabrikam.com'],
      generatingServer: 'BN8PR12MB3204.namprd12.prod.outlook.com',
      date: 'Thu, 20 Nov 2026 09:14:01 +0000',
      sender: 'Adele Vance <adele.vance@contoso-legacy.com>',
      subject: 'Quarterly figures',
      // The bracketed server, time and ID are how Support finds the event.
      diagnostic:
        '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [BN8PR12MB3204.namprd12.prod.outlook.com 2026-11-20T09:14:07.112Z 08DC5A0B1C2D3E4F]',
    },
  },
  'dsn-705.eml': {
    kind: 'covered',
    codes: ['5.7.705'],
    details: {
      allCodes: ['5.7.705'],
      recipients: ['lee.gu@fabrikam.com'],
      reportingServer: 'SN6PR04MB4012.namprd04.prod.outlook.com',
      generatingServer: 'SN6PR04MB4012.namprd04.prod.outlook.com',
      date: 'Fri, 21 Nov 2026 16:02:44 +0000',
      sender: 'Alex Wilber <alex.wilber@contoso.com>',
      subject: 'Undeliverable: Invoice #447',
      diagnostic:
        '550 5.7.705 Access denied, tenant has exceeded threshold. [SN6PR04MB4012.namprd04.prod.outlook.com 2026-11-21T16:02:44.981Z 08DC0A1B2C3D4E5F]',
    },
  },
  'localized-ja-750.eml': {
    kind: 'covered',
    codes: ['5.7.750'],
    details: {
      allCodes: ['5.7.750'],
      recipients: ['megan.bowen@fabrikam.com'],
      generatingServer: 'TY2PR01MB3345.jpnprd01.prod.outlook.com',
      date: 'Sat, 22 Nov 2026 10:21:33 +0900',
      sender: '佐藤 拓海 <takumi.sato@contoso.co.jp>',
      subject: '配信不能: 見積書の送付',
      diagnostic: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [TY2PR01MB3345.jpnprd01.prod.outlook.com]',
    },
  },
  'localized-zh-tw-705.txt': {
    kind: 'covered',
    codes: ['5.7.705'],
    details: {
      recipients: ['chen.wei@fabrikam.com.tw'],
      generatingServer: 'TYZPR02MB5566.apcprd02.prod.outlook.com',
      date: 'Sat, 22 Nov 2026 14:05:12 +0800',
      sender: '林雅婷 <lin.yating@contoso.com.tw>',
      subject: '會議紀錄',
      diagnostic:
        '550 5.7.705 Access denied, tenant has exceeded threshold. [TYZPR02MB5566.apcprd02.prod.outlook.com 2026-11-22T06:05:14.201Z 08DC0B1C2D3E4F50]',
    },
  },
  'localized-de-750.txt': {
    kind: 'covered',
    codes: ['5.7.750'],
    details: {
      recipients: ['megan.bowen@fabrikam.com'],
      generatingServer: 'FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM',
      date: 'Mon, 24 Nov 2026 11:02:19 +0100',
      sender: 'Jonas Weber <jonas.weber@contoso.de>',
    },
  },
  'log-line-750.txt': {
    kind: 'covered',
    codes: ['5.7.750'],
    details: {
      recipients: [],
      reportingServer: 'BN8NAM12FT045.eop-nam12.prod.protection.outlook.com',
      date: '2026-11-22T08:31:17.402Z',
      diagnostic:
        '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]',
    },
  },
  'postfix-log-750.txt': {
    kind: 'covered',
    codes: ['5.7.750'],
    details: {
      recipients: ['megan.bowen@fabrikam.com'],
      date: 'Nov 22 08:31:17',
      diagnostic:
        '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]',
    },
  },
  'several-codes.txt': {
    kind: 'several',
    codes: ['5.7.705', '5.7.750'],
    details: {
      allCodes: ['5.7.705', '5.7.750'],
      recipients: ['alex.wilber@fabrikam.com', 'grady.archie@northwind.example'],
      generatingServer: 'CY4PR11MB1862.namprd11.prod.outlook.com',
    },
  },
  'uncovered-708.txt': {
    kind: 'uncovered-family',
    codes: ['5.7.708'],
    details: {
      recipients: ['patti.fernandez@fabrikam.com'],
      generatingServer: 'AM4PR0101MB2148.eurprd01.prod.exchangelabs.com',
      diagnostic: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. [AM4PR0101MB2148.eurprd01.prod.exchangelabs.com]',
    },
  },
  'other-code-511.txt': {
    kind: 'other',
    codes: ['5.1.1'],
    details: {
      recipients: ['nobody@fabrikam.com'],
      generatingServer: 'DM6PR11MB4107.namprd11.prod.outlook.com',
      diagnostic: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found',
    },
  },
  // Today's Outlook layout: "Status code: 550 5.7.705" above the fuller "Reported error: … [server time id]".
  'outlook-modern-en-705.txt': {
    kind: 'covered',
    codes: ['5.7.705'],
    details: {
      allCodes: ['5.7.705'],
      recipients: ['megan.bowen@fabrikam.com'],
      reportingServer: 'CH3PR12MB7532.namprd12.prod.outlook.com',
      date: '11/25/2026 2:14:21 PM',
      sender: 'Adele Vance <adele.vance@contoso.com>',
      subject: 'Quarterly figures',
      diagnostic:
        '550 5.7.705 Access denied, tenant has exceeded threshold. [CH3PR12MB7532.namprd12.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B11]',
    },
  },
  'outlook-modern-ja-750.txt': {
    kind: 'covered',
    codes: ['5.7.750'],
    details: {
      allCodes: ['5.7.750'],
      recipients: ['megan.bowen@fabrikam.com'],
      reportingServer: 'TY2PR01MB3345.jpnprd01.prod.outlook.com',
      date: '2026/11/25 23:14:21',
      sender: 'takumi.sato@contoso.co.jp',
      subject: '見積書の送付',
      diagnostic:
        '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. [TY2PR01MB3345.jpnprd01.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B12]',
    },
  },
  'outlook-modern-zh-tw-705.txt': {
    kind: 'covered',
    codes: ['5.7.705'],
    details: {
      allCodes: ['5.7.705'],
      recipients: ['chen.wei@fabrikam.com.tw'],
      reportingServer: 'TYZPR02MB5566.apcprd02.prod.outlook.com',
      date: '2026/11/25 下午 10:14:21',
      sender: 'lin.yating@contoso.com.tw',
      subject: '會議紀錄',
      diagnostic:
        '550 5.7.705 Access denied, tenant has exceeded threshold. [TYZPR02MB5566.apcprd02.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B13]',
    },
  },
  // Bounces as other mail systems write them.
  'reply-colon-522.txt': {
    kind: 'other',
    codes: ['5.2.2'],
    details: { diagnostic: '550: 5.2.2 Mailbox full, quota exceeded for hana.kobayashi' },
  },
  'reply-quote-571.txt': {
    kind: 'other',
    codes: ['5.7.1'],
    details: { recipients: ['ren.yamada@example.org'], diagnostic: "550-'5.7.1 Message rejected as spam by content filtering." },
  },
  'error-code-label-511.txt': { kind: 'other', codes: ['5.1.1'] },
  'sendmail-line-start-522.txt': {
    kind: 'other',
    codes: ['5.2.2'],
    details: { recipients: ['aoi.suzuki@example.org'], sender: 'daichi.mori@contoso.com', diagnostic: '5.2.2 <aoi.suzuki@example.org>... Mailbox Full' },
  },
  'gateway-dash-541.txt': {
    kind: 'other',
    codes: ['5.4.1'],
    details: {
      reportingServer: 'AM0PR01MB1234.eurprd01.prod.outlook.com',
      diagnostic:
        '5.4.1 Recipient address rejected: Access denied [AM0PR01MB1234.eurprd01.prod.outlook.com 2026-11-26T01:22:33.444Z 08DD0F1E2D3C4B5A]',
    },
  },
  'postfix-folded-560.txt': {
    kind: 'other',
    codes: ['5.6.0'],
    details: { recipients: ['kaito.shimizu@example.org'], diagnostic: '554 5.6.0 Message rejected: the message contains a malformed header' },
  },
  'iso-2022-jp-mislabelled.eml': {
    kind: 'other',
    codes: ['5.1.1'],
    fileOnly: true,
    details: { recipients: ['mei.ogawa@example.org'], diagnostic: '550 5.1.1 <mei.ogawa@example.org>... User unknown' },
  },
  'trailing-nul.eml': {
    kind: 'covered',
    codes: ['5.7.705'],
    details: { recipients: ['pradeep.gupta@fabrikam.com'], subject: 'Undeliverable: Purchase order 2291' },
  },
  'dsn-status-only-522.eml': {
    kind: 'other',
    codes: ['5.2.2'],
    details: {
      recipients: ['tomoko.hasegawa@example.org'],
      reportingServer: 'mx.example.org',
      diagnostic: '552 Requested mail action aborted: exceeded storage allocation',
    },
  },
  'wrapped-status-4.7.650.eml': {
    kind: 'other',
    codes: ['4.7.650'],
    details: {
      recipients: ['sakura.inoue@fabrikam.com'],
      diagnostic:
        '451 4.7.650 The mail server [203.0.113.61] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see the postmaster site of fabrikam.com',
    },
  },
  'qmail-511.txt': {
    kind: 'other',
    codes: ['5.1.1'],
    details: { recipients: ['nanami.kimura@example.org', 'haruto.abe@example.org'], diagnostic: '550 5.1.1 User unknown in virtual mailbox table' },
  },
  'garbage.txt': { kind: 'nothing' },
  'outlook.msg': { kind: 'msg' },
  'binary.bin': { kind: 'binary' },
};

describe('the sample bounces in e2e/fixtures/ndr', () => {
  it('are all described here and in the README', () => {
    const files = readdirSync(fixtureDir).filter((name) => name !== 'README.md');
    expect(files.sort()).toEqual(Object.keys(expectations).sort());
    const readme = fixture('README.md');
    for (const name of files) expect(readme).toContain(name);
  });

  it.each(Object.entries(expectations))('%s → %o', async (name, expected) => {
    // The way the start page reads a dropped file: readNdrFile, then parseNdr.
    const read = await readNdrFile(Object.assign(new Blob([fixtureBytes(name)]), { name }));
    if (read.kind !== 'text') {
      expect(read.kind).toBe(expected.kind);
      return;
    }
    const outcome = parseNdr(read.text);
    expect(outcome.kind).toBe(expected.kind);
    expect(codesOf(outcome)).toEqual(expected.codes ?? []);
    if (expected.details) expect(detailsOf(outcome)).toMatchObject(expected.details);
    if (expected.fileOnly) return;
    // Pasted rather than dropped (LF and CRLF alike), the sample gives the same.
    expect(parseNdr(fixture(name))).toEqual(outcome);
    expect(parseNdr(crlf(fixture(name)))).toEqual(outcome);
    expect(parseNdr(fixture(name).replace(/\r\n/g, '\n'))).toEqual(outcome);
  });

  it('gives details that are plain, short, defined strings and survive a worker message', () => {
    for (const name of Object.keys(expectations).filter((file) => /\.(txt|eml)$/.test(file) && !expectations[file]?.fileOnly)) {
      const details = detailsOf(parseNdr(fixture(name)));
      if (!details) continue;
      expect(structuredClone(details)).toEqual(details);
      for (const [key, value] of Object.entries(details)) {
        if (Array.isArray(value)) continue;
        expect(typeof value, `${name} ${key}`).toBe('string');
        expect(String(value).length).toBeLessThanOrEqual(MAX_DIAGNOSTIC);
        expect(String(value)).not.toMatch(/<\/?[a-z]+[\s>]|&#?\w+;/i);
      }
    }
  });
});

describe('short input', () => {
  it.each([
    ['5.7.750', '5.7.750'],
    ['  5.7.705\n', '5.7.705'],
    ['550 5.7.750', '5.7.750'],
    ['550-5.7.750 Service unavailable', '5.7.750'],
    ['750', '5.7.750'],
    [' 705 \n', '5.7.705'],
    ['Error: 550 5.7.705 Access denied, tenant has exceeded threshold', '5.7.705'],
    ['#550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains ##', '5.7.750'],
    ['Status: 5.7.750', '5.7.750'],
    ['Diagnostic-Code: smtp; 550 5.7.705 Access denied', '5.7.705'],
    ['the bounce said 5.7.705 yesterday', '5.7.705'],
    ["Remote Server returned '550 5.7.750 Service unavailable'", '5.7.750'],
    ['smtp;550 5.7.750', '5.7.750'],
    ['550 5.7.750.', '5.7.750'],
  ])('%j → covered %s', (input, code) => {
    expect(parseNdr(input)).toMatchObject({ kind: 'covered', code });
  });

  it.each([
    '',
    '   \n\t ',
    'hello',
    '7050',
    '0750',
    '750 705',
    '5.7',
    '5.7.',
    'page 5.7',
    '10.5.7.750',
    '5.7.750.1',
    '1.5.7.705',
    'v5.7.750',
    'v15.20.7452.28',
    'id 15.20.7452.28; Thu, 20 Nov 2026',
    'Received: from mail.contoso.com (10.5.7.705) by x',
    'Message-ID: <7d1c2f0a.5.7.705@mail.contoso.com>',
    'Message-ID: <5.7.750@mail.contoso.com>',
    'see https://contoso.com/kb/5.7.750.html',
    'host 5.7.750.example.com answered',
    'Meeting on 2.11.2026 and 5.11.2026',
    'Firmware 4.2.10 installed on 2.5.12',
    'see section 5.1.1 of the manual',
    '5.7.7500',
    'build 2.5.7.750-beta',
  ])('%j finds nothing', (input) => {
    expect(parseNdr(input)).toEqual({ kind: 'nothing' });
  });

  it('gives a bare code no status line, and keeps what the input says', () => {
    expect(parseNdr('5.7.750')).toEqual({ kind: 'covered', code: '5.7.750', details: { allCodes: ['5.7.750'], recipients: [] } });
    expect(parseNdr('750')).toEqual({ kind: 'covered', code: '5.7.750', details: { allCodes: ['5.7.750'], recipients: [] } });
    const sentence = parseNdr('the bounce said 5.7.705 yesterday');
    expect(detailsOf(sentence)?.diagnostic).toBeUndefined();
    expect(detailsOf(parseNdr('550 5.7.750'))?.diagnostic).toBe('550 5.7.750');
  });
});

describe('several, uncovered and other codes', () => {
  it('lets a covered code win over uncovered ones but keeps them all', () => {
    const outcome = parseNdr('550 5.7.708 Access denied\n550 5.7.750 Service unavailable');
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
    expect(detailsOf(outcome)?.allCodes).toEqual(['5.7.708', '5.7.750']);
    expect(detailsOf(outcome)?.diagnostic).toBe('550 5.7.750 Service unavailable');
    expect(parseNdr('550 5.1.1 not found\n550 5.7.705 Access denied')).toMatchObject({ kind: 'covered', code: '5.7.705' });
  });

  it('offers both covered codes, in a fixed order, whatever else is there', () => {
    const outcome = parseNdr('Status: 5.7.750\nStatus: 5.7.708\n550 5.7.705 Access denied\n550 5.7.750 again');
    expect(outcome).toMatchObject({ kind: 'several', codes: ['5.7.705', '5.7.750'] });
    expect(detailsOf(outcome)?.allCodes).toEqual(['5.7.750', '5.7.708', '5.7.705']);
  });

  it('names 5.7.7xx codes the documents do not cover', () => {
    expect(parseNdr('550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP')).toMatchObject({
      kind: 'uncovered-family',
      codes: ['5.7.708'],
    });
    expect(parseNdr('5.7.711 and then 550 5.7.703 and 550 5.1.1')).toMatchObject({ kind: 'uncovered-family', codes: ['5.7.711', '5.7.703'] });
    expect(detailsOf(parseNdr('550 5.7.703 x\n550 5.1.1 y'))?.allCodes).toEqual(['5.7.703', '5.1.1']);
  });

  it('names other codes, transient ones too, but only where a status code is written', () => {
    expect(parseNdr('451 4.4.7 Message expired')).toMatchObject({ kind: 'other', codes: ['4.4.7'] });
    expect(parseNdr("Remote Server returned '550 4.4.7 QUEUE.Expired; message expired'")).toMatchObject({ kind: 'other', codes: ['4.4.7'] });
    expect(parseNdr('Status: 4.4.1\nAction: delayed')).toMatchObject({ kind: 'other', codes: ['4.4.1'] });
    expect(parseNdr('Diagnostic-Code: smtp; 5.1.10 RESOLVER.ADR.RecipientNotFound')).toMatchObject({ kind: 'other', codes: ['5.1.10'] });
    expect(parseNdr('#< #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found> #SMTP#')).toMatchObject({ codes: ['5.1.1'] });
    expect(parseNdr('postfix/smtp[1]: to=<a@fabrikam.com>, dsn=4.4.1, status=deferred')).toMatchObject({ codes: ['4.4.1'] });
    // Typed alone, a code is a code.
    expect(parseNdr('5.1.1')).toMatchObject({ kind: 'other', codes: ['5.1.1'] });
    expect(parseNdr('4.4.7 QUEUE.Expired; message expired')).toMatchObject({ kind: 'other', codes: ['4.4.7'] });
  });

  it('leaves success codes out of what it names when there is a failure', () => {
    const log = '2026-11-22 10:00:01 250 2.6.0 Queued mail for delivery\n2026-11-22 10:00:02 550 5.1.1 User unknown\n';
    const outcome = parseNdr(log);
    expect(outcome).toMatchObject({ kind: 'other', codes: ['5.1.1'] });
    expect(detailsOf(outcome)?.allCodes).toEqual(['2.6.0', '5.1.1']);
    expect(parseNdr('250 2.0.0 OK')).toMatchObject({ kind: 'other', codes: ['2.0.0'] });
  });

  it('keeps at most 20 codes', () => {
    const many = Array.from({ length: 40 }, (_, index) => `550 5.1.${index} x`).join('\n');
    expect(detailsOf(parseNdr(many))?.allCodes).toHaveLength(20);
  });

  it('names at most 20 codes and counts the others', () => {
    const many = Array.from({ length: 385 }, (_, index) => `550 2.${Math.floor(index / 100)}.${index % 100} x`).join('\n');
    const outcome = parseNdr(many);
    expect(outcome).toMatchObject({ kind: 'other', more: 365 });
    expect(codesOf(outcome)).toEqual(Array.from({ length: 20 }, (_, index) => `2.0.${index}`));
    const family = Array.from({ length: 30 }, (_, index) => `550 5.7.7${String(index + 10)} x`).join('\n');
    expect(parseNdr(family)).toMatchObject({ kind: 'uncovered-family', more: 10 });
    expect(codesOf(parseNdr(family))).toHaveLength(20);
    // Twenty or fewer: no count.
    expect(parseNdr('550 5.1.1 x\n550 5.1.2 y')).not.toHaveProperty('more');
  });
});

describe('bounces as other mail systems write them', () => {
  it.each([
    ['550: 5.2.2 Mailbox full', '5.2.2', '550: 5.2.2 Mailbox full'],
    ["host mx.example.org said: 550-'5.7.1 Message rejected as spam'", '5.7.1', "550-'5.7.1 Message rejected as spam"],
    ['550:5.1.1 User unknown', '5.1.1', '550:5.1.1 User unknown'],
    ['ERROR_CODE :5.1.1\nERROR_TEXT :no such user', '5.1.1', undefined],
    ['Status code: 4.4.7', '4.4.7', undefined],
    ['5.2.2 <user@example.org>... Mailbox Full', '5.2.2', '5.2.2 <user@example.org>... Mailbox Full'],
    ['Reason:\n-- 5.4.1 Recipient address rejected: Access denied', '5.4.1', '5.4.1 Recipient address rejected: Access denied'],
    ['> 5.1.1 Recipient not found', '5.1.1', '5.1.1 Recipient not found'],
    ['<a@example.org>: host mx.example.org[192.0.2.1] said: 554\n    5.6.0 Message rejected (in reply to end of DATA command)', '5.6.0', '554 5.6.0 Message rejected'],
    ['said: 554 \r\n\t5.6.0 Message\r\n\trejected', '5.6.0', '554 5.6.0 Message rejected'],
  ])('%j → %s, status line %j', (input, code, diagnostic) => {
    const outcome = parseNdr(input);
    expect(outcome).toMatchObject({ kind: 'other', codes: [code] });
    expect(detailsOf(outcome)?.diagnostic).toBe(diagnostic);
  });

  it.each([
    'Read 5.1.1 of the manual',
    'see\n5.2.2 and 5.2.3',
    'Version\n4.2.1 was installed',
    'Total: 550\nMeeting at 5.2.2',
    'Total: 550\n5.2.2 is the room',
  ])('%j finds nothing', (input) => {
    expect(parseNdr(input)).toEqual({ kind: 'nothing' });
  });

  it('names qmail recipients, each on a line of its own, and sendmail ones on the status line', () => {
    const qmail = '<nanami@example.org>:\n198.51.100.23 does not like recipient.\nRemote host said: 550 5.1.1 User unknown\n\n<haruto@example.org>:\nSorry. (#5.1.1)\n';
    expect(detailsOf(parseNdr(qmail))?.recipients).toEqual(['nanami@example.org', 'haruto@example.org']);
    expect(detailsOf(parseNdr('5.2.2 <Aoi@Example.org>... Mailbox Full'))?.recipients).toEqual(['aoi@example.org']);
  });

  it('shows the Diagnostic-Code: text when the code is only in a Status: field', () => {
    const dsn = 'Final-Recipient: rfc822; a@example.org\nStatus: 5.2.2\nDiagnostic-Code: smtp; 552 Mailbox full,\n    over quota\n';
    expect(detailsOf(parseNdr(dsn))?.diagnostic).toBe('552 Mailbox full, over quota');
    expect(detailsOf(parseNdr('Status: 5.2.2\nDiagnostic-Code: X-Postfix; mailbox full'))?.diagnostic).toBe('mailbox full');
    // A status line with text of its own is kept.
    expect(detailsOf(parseNdr('550 5.2.2 Quota exceeded\nDiagnostic-Code: smtp; 552 Mailbox full'))?.diagnostic).toBe('550 5.2.2 Quota exceeded');
  });

  it('prefers the fullest status line, unfolded, and runs a wrapped quoted one to its closing quote', () => {
    const wrapped = "Remote Server returned '451 4.7.650 The\nmail server [203.0.113.61] has been rate limited.'\n\nNext paragraph";
    expect(detailsOf(parseNdr(wrapped))?.diagnostic).toBe('451 4.7.650 The mail server [203.0.113.61] has been rate limited.');
    const dsn = "Remote Server returned '451 4.7.650 The\n\nDiagnostic-Code: smtp;451 4.7.650 The mail server has been\n temporarily rate limited\n";
    expect(detailsOf(parseNdr(dsn))?.diagnostic).toBe('451 4.7.650 The mail server has been temporarily rate limited');
    // Lines indented like the status line are not part of it.
    expect(detailsOf(parseNdr('  550 5.1.1 User unknown\n  Original message headers:'))?.diagnostic).toBe('550 5.1.1 User unknown');
  });

  it('keeps a status line with a reply code over a longer one without (Postfix "dsn=" before "said:")', () => {
    const log = 'to=<a@example.org>, dsn=5.1.1, status=bounced (host x[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))';
    expect(detailsOf(parseNdr(log))?.diagnostic).toBe('550 5.1.1 User unknown');
  });
});

describe("today's Outlook layout", () => {
  const layout = (labels: Record<string, string>, colon = ':', separator = '\t') =>
    Object.entries(labels)
      .map(([label, value]) => `${label}${colon}${separator}${value}`)
      .join('\n');
  const reported =
    '550 5.7.705 Access denied, tenant has exceeded threshold. [CH3PR12MB7532.namprd12.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B11]';

  it.each([
    ['en', { 'Status code': '550 5.7.705', 'Created Date': '11/25/2026 2:14:21 PM', 'Sender Address': 's@contoso.com', 'Recipient Address': 'r@fabrikam.com', Subject: 'Figures', 'Reported error': reported, 'DSN generated by': 'CH3PR12MB7532.namprd12.prod.outlook.com' }],
    ['ja', { 状態コード: '550 5.7.705', 作成日: '11/25/2026 2:14:21 PM', 送信者アドレス: 's@contoso.com', 受信者アドレス: 'r@fabrikam.com', 件名: 'Figures', 報告されたエラー: reported, 'DSN 生成元': 'CH3PR12MB7532.namprd12.prod.outlook.com' }],
    ['ja, variants', { 'ステータス コード': '550 5.7.705', 作成日時: '11/25/2026 2:14:21 PM', 送信者のアドレス: 's@contoso.com', 受信者のアドレス: 'r@fabrikam.com', 件名: 'Figures', 報告されたエラー: reported, DSN生成元: 'CH3PR12MB7532.namprd12.prod.outlook.com' }],
    ['zh-TW', { 狀態碼: '550 5.7.705', 建立日期: '11/25/2026 2:14:21 PM', 寄件者地址: 's@contoso.com', 收件者地址: 'r@fabrikam.com', 主旨: 'Figures', 報告的錯誤: reported, 'DSN 產生者': 'CH3PR12MB7532.namprd12.prod.outlook.com' }],
    ['zh-TW, variants', { 狀態代碼: '550 5.7.705', 建立日期: '11/25/2026 2:14:21 PM', 寄件者位址: 's@contoso.com', 收件者位址: 'r@fabrikam.com', 主旨: 'Figures', 回報的錯誤: reported, 'DSN 產生自': 'CH3PR12MB7532.namprd12.prod.outlook.com' }],
  ])('%s: keeps the reported error with its server, time and ID, and reads the message details', (_language, labels) => {
    const expected = {
      recipients: ['r@fabrikam.com'],
      reportingServer: 'CH3PR12MB7532.namprd12.prod.outlook.com',
      date: '11/25/2026 2:14:21 PM',
      sender: 's@contoso.com',
      subject: 'Figures',
      diagnostic: reported,
    };
    for (const text of [layout(labels), layout(labels, '：', ''), layout(labels, ':', '\n'), crlf(layout(labels, ':', '\n  '))]) {
      const outcome = parseNdr(`${text}\nDate: Wed, 25 Nov 2026 14:14:19 +0000\n`);
      expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.705' });
      expect(detailsOf(outcome)).toMatchObject(expected);
    }
  });

  it('keeps the bracketed server, time and ID when a long status line is cut', () => {
    const long = `550 5.7.705 ${'Access denied, tenant has exceeded threshold. '.repeat(20)}[CH3PR12MB7532.namprd12.prod.outlook.com 2026-11-25T14:14:22.415Z 08DD0E3A5F4C2B11]`;
    const diagnostic = detailsOf(parseNdr(long))?.diagnostic ?? '';
    expect(diagnostic.length).toBeLessThanOrEqual(MAX_DIAGNOSTIC);
    expect(diagnostic).toMatch(/^550 5\.7\.705 Access denied.*… \[CH3PR12MB7532\.namprd12\.prod\.outlook\.com 2026-11-25T14:14:22\.415Z 08DD0E3A5F4C2B11\]$/);
  });

  it('does not take the next label for a value when one is empty', () => {
    const details = detailsOf(parseNdr('Created Date:\nSender Address:\ts@contoso.com\nReported error: 550 5.7.705 x'));
    expect(details?.date).toBeUndefined();
    expect(details?.sender).toBe('s@contoso.com');
  });

  it('names the recipient of "… へのメッセージを配信できませんでした"', () => {
    expect(detailsOf(parseNdr('megan@fabrikam.com へのメッセージを配信できませんでした。\n状態コード: 550 5.7.750'))?.recipients).toEqual(['megan@fabrikam.com']);
  });
});

describe('MIME', () => {
  const message = (headers: string, body: string) => `From: postmaster@contoso.com\nTo: adele@contoso.com\n${headers}\n\n${body}\n`;

  it('joins quoted-printable soft line breaks that split the code, pasted with CRLF or LF', () => {
    expect(parseNdr("Remote Server returned '550 5.7.=\r\n750 Service unavailable'")).toMatchObject({ code: '5.7.750' });
    expect(parseNdr("Remote Server returned '550 5.7.=\n705'")).toMatchObject({ code: '5.7.705' });
    expect(parseNdr('550 5.7.7=  \r\n50 with trailing blanks')).toMatchObject({ code: '5.7.750' });
    const part = message('Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable', "Remote Server returned '550 5.=\n7.705 Access=\n denied' =E2=80=94 =3D");
    const outcome = parseNdr(crlf(part));
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.705' });
    expect(detailsOf(outcome)?.diagnostic).toBe('550 5.7.705 Access denied');
  });

  it('decodes base64 text parts, whatever the order of the header fields', () => {
    const body = b64("lee.gu@fabrikam.com\nRemote Server returned '550 5.7.705 Access denied, tenant has exceeded threshold'");
    const before = message('Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\nMIME-Version: 1.0', body);
    const after = message('MIME-Version: 1.0\nContent-Transfer-Encoding: base64\nContent-Type: text/plain;\n\tcharset="utf-8"', body);
    for (const input of [before, after, crlf(before)]) {
      const outcome = parseNdr(input);
      expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.705' });
      expect(detailsOf(outcome)?.recipients).toEqual(['lee.gu@fabrikam.com']);
    }
  });

  it('decodes parts of a pasted fragment that starts inside a multipart message', () => {
    const fragment = `--_000_abc_\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64('550 5.7.750 Service unavailable')}\n\n--_000_abc_--\n`;
    expect(parseNdr(fragment)).toMatchObject({ kind: 'covered', code: '5.7.750' });
  });

  it('decodes other charsets: Shift_JIS in base64, iso-2022-jp in 7 bit', () => {
    const sjis = Buffer.from([0x83, 0x8a, 0x83, 0x82, 0x81, 0x5b, 0x83, 0x67]).toString('base64'); // リモート
    const input = message(
      'Content-Type: multipart/alternative; boundary="b"',
      `--b\nContent-Type: text/plain; charset=shift_jis\nContent-Transfer-Encoding: base64\n\n${sjis}\n--b\nContent-Type: text/plain; charset=iso-2022-jp\n\n\u001b$B%j%b!<%H\u001b(B '550 5.7.750 x'\n--b--`,
    );
    const outcome = parseNdr(input);
    expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
  });

  it('does not read attachments, even when their bytes look like a status line', () => {
    const pdf = b64('%PDF-1.4 550 5.1.1 550 5.7.708 '.repeat(20));
    const input = message(
      'Content-Type: multipart/mixed; boundary="mixed"',
      `--mixed\nContent-Type: text/plain\n\n550 5.7.750 Service unavailable\n--mixed\nContent-Type: application/pdf; name="a.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--mixed--`,
    );
    expect(detailsOf(parseNdr(input))?.allCodes).toEqual(['5.7.750']);
    expect(parseNdr(message('Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64', pdf))).toEqual({ kind: 'nothing' });
  });

  it('reads HTML parts as text, without script, style or comments, and never returns markup', () => {
    const html =
      '<html><head><style>.x{content:"550 5.1.1"}</style><title>550 5.2.2</title></head><body><!-- 550 5.4.4 --><p>To <b>megan.bowen@fabrikam.com</b>:</p>' +
      '<p>megan.bowen@fabrikam.com<br>Remote Server returned &#39;550 5.7.750 <i>Service</i> unavailable&#39;</p><script>var c = "550 5.1.1";</script></body></html>';
    for (const input of [
      message('Content-Type: text/html; charset=utf-8', html),
      message('Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64', b64(html)),
      html,
    ]) {
      const outcome = parseNdr(input);
      expect(outcome).toMatchObject({ kind: 'covered', code: '5.7.750' });
      expect(detailsOf(outcome)).toMatchObject({
        allCodes: ['5.7.750'],
        recipients: ['megan.bowen@fabrikam.com'],
        diagnostic: '550 5.7.750 Service unavailable',
      });
    }
    expect(parseNdr('<html><body><p>unclosed <!-- comment 550 5.7.750').kind).toBe('nothing');
    // Without <html> or <body> a paste is text: "<p>" may be what someone typed.
    expect(parseNdr('<p>550 5.7.750</p>').kind).toBe('covered');
  });

  it('decodes RFC 2047 encoded words in Subject and From, folded or not', () => {
    const iso2022 = '=?iso-2022-jp?B?GyRCR1s/LklURz0bKEI=?='; // 配信不能
    const input = [
      'From: =?utf-8?Q?J=C3=B6rg_M=C3=BCller?= <joerg@contoso.de>',
      `Subject: ${iso2022}: =?UTF-8?B?6KaL56mN5pu4?=`,
      ' =?UTF-8?B?44Gu6YCB5LuY?=',
      'Date: Sat, 22 Nov 2026 10:21:33 +0900',
      '',
      '550 5.7.750 Service unavailable',
    ].join('\r\n');
    expect(detailsOf(parseNdr(input))).toMatchObject({
      sender: 'Jörg Müller <joerg@contoso.de>',
      subject: '配信不能: 見積書の送付',
      date: 'Sat, 22 Nov 2026 10:21:33 +0900',
    });
  });
});

describe('localized NDRs', () => {
  it.each([
    ['ja', "リモート サーバーから '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains' が返されました", '5.7.750'],
    ['zh-TW', "遠端伺服器傳回 '550 5.7.705 Access denied, tenant has exceeded threshold'", '5.7.705'],
    ['zh-CN', "远程服务器返回“550 5.7.705 Access denied, tenant has exceeded threshold”", '5.7.705'],
    ['de', "Remoteserver hat '550 5.7.750 Service unavailable' zurückgegeben.", '5.7.750'],
    ['fr', "Le serveur distant a retourné « 550 5.7.750 Service unavailable »", '5.7.750'],
  ])('%s: %s', (_language, line, code) => {
    const outcome = parseNdr(`megan.bowen@fabrikam.com\n${line}`);
    expect(outcome).toMatchObject({ kind: 'covered', code });
    expect(detailsOf(outcome)?.recipients).toEqual(['megan.bowen@fabrikam.com']);
    expect(detailsOf(outcome)?.diagnostic).toMatch(new RegExp(`^550 ${code.replace(/\./g, '\\.')} [A-Za-z ,.]+[a-z.]$`));
  });

  it.each([
    ['Generating server: BN8PR12MB3204.namprd12.prod.outlook.com'],
    ['生成サーバー: BN8PR12MB3204.namprd12.prod.outlook.com'],
    ['產生伺服器：BN8PR12MB3204.namprd12.prod.outlook.com'],
    ['生成服务器: BN8PR12MB3204.namprd12.prod.outlook.com'],
    ['Generierender Server: BN8PR12MB3204.namprd12.prod.outlook.com'],
    ['Serveur de génération\u00a0: BN8PR12MB3204.namprd12.prod.outlook.com'],
    ['Servidor de generación: BN8PR12MB3204.namprd12.prod.outlook.com'],
    // A language not in the list: any label before an Exchange Online host name.
    ['Serwer generujący: BN8PR12MB3204.namprd12.prod.outlook.com'],
  ])('finds the generating server in %j', (line) => {
    const headers = 'X-MS-Exchange-CrossTenant-AuthSource: BN8NAM12FT045.eop-nam12.prod.protection.outlook.com\n';
    expect(detailsOf(parseNdr(`${headers}${line}\n\n550 5.7.750 x`))?.generatingServer).toBe('BN8PR12MB3204.namprd12.prod.outlook.com');
    expect(detailsOf(parseNdr(`${headers}\n550 5.7.750 x`))?.generatingServer).toBeUndefined();
  });
});

describe('details', () => {
  it('takes recipients from DSN fields, recipient lists and the line above each status line, but not service addresses', () => {
    const input = [
      'Delivery has failed to these recipients or groups:',
      '',
      'Megan Bowen (megan.bowen@fabrikam.com)',
      '"Lee Gu" <Lee.Gu@Fabrikam.com>',
      'Your message could not be delivered.',
      '',
      'Final-Recipient: rfc822; <alex.wilber@fabrikam.com>',
      'Original-Recipient: rfc822;alex.wilber@fabrikam.com',
      '',
      'postmaster@contoso.com',
      '550 5.7.750 Service unavailable',
    ].join('\n');
    expect(detailsOf(parseNdr(input))?.recipients).toEqual(['alex.wilber@fabrikam.com', 'megan.bowen@fabrikam.com', 'lee.gu@fabrikam.com']);
  });

  it('names the sender: the first From that is a person, else the To of the bounce itself', () => {
    const bounce = 'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.com>\nTo: <alex.wilber@contoso.com>\nSubject: Undeliverable: x\n\n550 5.7.705 Access denied';
    expect(detailsOf(parseNdr(bounce))?.sender).toBe('alex.wilber@contoso.com');
    expect(detailsOf(parseNdr(`${bounce}\n\nFrom: Alex Wilber <alex.wilber@contoso.com>\n`))?.sender).toBe('Alex Wilber <alex.wilber@contoso.com>');
  });

  it('prefers Arrival-Date, then Date, then the time beside the status line', () => {
    expect(detailsOf(parseNdr('Date: Fri, 21 Nov 2026 16:02:45 +0000\nArrival-Date: Fri, 21 Nov 2026 16:02:44 +0000\nStatus: 5.7.705'))?.date).toBe(
      'Fri, 21 Nov 2026 16:02:44 +0000',
    );
    expect(detailsOf(parseNdr("Remote Server returned '550 5.7.750 x [BN8PR12MB3204.namprd12.prod.outlook.com 2026-11-20T09:14:07.112Z 08DC5A0B]'"))).toMatchObject({
      date: '2026-11-20T09:14:07.112Z',
      reportingServer: 'BN8PR12MB3204.namprd12.prod.outlook.com',
      diagnostic: '550 5.7.750 x [BN8PR12MB3204.namprd12.prod.outlook.com 2026-11-20T09:14:07.112Z 08DC5A0B]',
    });
  });

  it('keeps details short, on one line, and free of markup', () => {
    const input = `Subject: ${'Quarterly figures '.repeat(40)}\nFrom: <script>alert(1)</script> Eve <eve@contoso.com>\n\n550 5.7.750 ${'x'.repeat(1000)}`;
    const details = detailsOf(parseNdr(input));
    expect(details?.subject?.length).toBe(200);
    expect(details?.subject?.endsWith('…')).toBe(true);
    expect(details?.diagnostic?.length).toBeLessThanOrEqual(MAX_DIAGNOSTIC);
    expect(details?.sender).toBe('alert(1) Eve <eve@contoso.com>');
  });
});

describe('size and binary input', () => {
  it('refuses input over 5 MB, counted in UTF-8 bytes', () => {
    expect(parseNdr('x'.repeat(MAX_INPUT_BYTES + 1))).toEqual({ kind: 'too-large', bytes: MAX_INPUT_BYTES + 1 });
    expect(parseNdr(`550 5.7.750 ${' '.repeat(MAX_INPUT_BYTES - 12)}`)).toMatchObject({ kind: 'covered' });
    const kanji = Math.floor(MAX_INPUT_BYTES / 3) + 1;
    expect(parseNdr('配'.repeat(kanji))).toEqual({ kind: 'too-large', bytes: kanji * 3 });
    const emoji = Math.floor(MAX_INPUT_BYTES / 4) + 1;
    expect(parseNdr('😀'.repeat(emoji))).toEqual({ kind: 'too-large', bytes: emoji * 4 });
  });

  it('counts UTF-8 bytes as TextEncoder does, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '配信不能', '😀x', 'a\ud800b', '\udc00', 'x\ud83d']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('refuses NULs and text that is mostly control characters, but not iso-2022-jp escapes', () => {
    expect(parseNdr('550 5.7.750\u0000 Service unavailable')).toEqual({ kind: 'binary' });
    expect(parseNdr('\u0000550 5.7.750')).toEqual({ kind: 'binary' });
    expect(parseNdr('\u0001\u0002\u0003\u0004 550 5.7.750 \u0005\u0006\u0007\u0008')).toEqual({ kind: 'binary' });
    expect(parseNdr('\u001b$B%j%b!<%H\u001b(B 550 5.7.750').kind).toBe('covered');
  });

  it('reads a bounce saved with NULs at its end', () => {
    expect(parseNdr('550 5.7.750 Service unavailable\u0000')).toMatchObject({ kind: 'covered', code: '5.7.750' });
    expect(parseNdr('550 5.7.750 Service unavailable\r\n\u0000\u0000\r\n')).toMatchObject({
      kind: 'covered',
      details: { diagnostic: '550 5.7.750 Service unavailable' },
    });
    // Nothing but NULs is not a bounce.
    expect(parseNdr('\u0000')).toEqual({ kind: 'binary' });
  });
});
