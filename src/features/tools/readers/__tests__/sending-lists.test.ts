import { describe, expect, it } from 'vitest';
import { createSendingReader, readSendingText } from '../sending-reader';
import { stats, tallies, traceFixture } from './sending-fixtures';

describe('readSendingText: plain lists and refusals', () => {
  it('reads a plain list of addresses and domains as one message a line, under an optional one-word header', () => {
    const list = 'SenderAddress\r\nalex.w@contoso.com\r\n<>\r\n\r\nSupport@Secure-Billing.example\r\nsecure-billing.example\r\nbücher.example.\r\n';
    expect(readSendingText(list)).toEqual({
      kind: 'sending',
      dateOrder: 'iso',
      needsTimeZone: false,
      data: {
        format: 'list',
        rows: 5,
        domains: [
          stats('secure-billing.example', { messages: 2, senders: tallies('support@secure-billing.example', 1), senderCount: 1 }),
          stats('', { messages: 1 }),
          stats('contoso.com', { messages: 1, senders: tallies('alex.w@contoso.com', 1), senderCount: 1 }),
          stats('xn--bcher-kva.example', { messages: 1 }),
        ],
      },
    });
    expect(readSendingText('contoso.com\nfabrikam.example')).toMatchObject({ data: { format: 'list', rows: 2 } });
  });

  it('refuses a list with a line that is not a sender', () => {
    expect(readSendingText('contoso.com\nnot a domain\nfabrikam.example')).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: 'not a domain' });
  });

  it('refuses an empty paste, a CSV without a sender column, and the other tools’ exports', () => {
    expect(readSendingText('')).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(readSendingText(' \r\n\n ')).toEqual({ kind: 'rejected', reason: 'empty' });
    expect(readSendingText('"Received","RecipientAddress","Subject"\n"11/19/2026 10:03:05 PM","ap@fabrikamfiber.example","x"')).toEqual({
      kind: 'rejected',
      reason: 'no-sender-column',
      detail: 'Received,RecipientAddress,Subject',
    });
    expect(readSendingText('"DomainName","DomainType","MatchSubDomains"\n"contoso.com","Authoritative","False"')).toEqual({
      kind: 'rejected',
      reason: 'unrecognised',
      detail: 'accepted-domains',
    });
    expect(readSendingText('"Name","ConnectorType","SenderIPAddresses"\n"Inbound Relay","OnPremises","192.0.2.4.5"')).toEqual({
      kind: 'rejected',
      reason: 'unrecognised',
      detail: 'inbound-connectors',
    });
  });

  it('recognises a bounce pasted here, and refuses JSON and NULs', () => {
    const ndr = 'Delivery has failed to these recipients or groups:\nap@fabrikamfiber.example\nRemote Server returned \'550 5.7.705 Access denied, tenant has exceeded threshold\'';
    expect(readSendingText(ndr)).toEqual({ kind: 'rejected', reason: 'ndr' });
    expect(readSendingText('5.7.750')).toEqual({ kind: 'rejected', reason: 'ndr' });
    expect(readSendingText('[{"Received": "2026-11-19T22:03:05Z"}]')).toMatchObject({ kind: 'rejected', reason: 'unrecognised' });
    expect(readSendingText('a\u0000b')).toEqual({ kind: 'rejected', reason: 'binary' });
  });
});

describe('createSendingReader', () => {
  it('gives the same outcome whatever the chunks', () => {
    const text = traceFixture('trace-enhanced-summary.csv');
    const whole = readSendingText(text);
    for (const size of [1, 7, 64, 1000]) {
      const reader = createSendingReader();
      for (let index = 0; index < text.length; index += size) reader.push(text.slice(index, index + size));
      expect(reader.end(), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('says when the input is refused, so the rest need not be read', () => {
    const reader = createSendingReader();
    reader.push('"Received","RecipientAddress"\n');
    expect(reader.refused).toBe(true);
    expect(reader.end()).toMatchObject({ reason: 'no-sender-column' });
  });
});
