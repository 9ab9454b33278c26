import { describe, expect, it } from 'vitest';
import { headerKey, readHeader } from '../trace-columns';

const split = (header: string): string[] => header.split(',');

describe('readHeader', () => {
  it('recognises Get-MessageTraceV2 by name, in any column order', () => {
    const verdict = readHeader(split('MessageTraceId,MessageId,Received,Status,SenderAddress,RecipientAddress,Subject,ToIP,FromIP,Size'));
    expect(verdict).toEqual({
      kind: 'trace',
      layout: {
        format: 'message-trace-v2',
        rowIs: 'recipient',
        timesInUtc: true,
        columns: { time: 2, sender: 4, recipient: 5, messageId: 1, messageTraceId: 0, sourceIp: 8, status: 3, subject: 6 },
      },
    });
  });

  it('recognises the older Get-MessageTrace by its Remote PowerShell columns', () => {
    const header = 'PSComputerName,RunspaceId,PSShowComputerName,Organization,MessageId,Received,SenderAddress,RecipientAddress,Subject,Status,ToIP,FromIP,Size,MessageTraceId,StartDate,EndDate,Index';
    expect(readHeader(split(header))).toMatchObject({ kind: 'trace', layout: { format: 'message-trace-v1', columns: { time: 5, sender: 6 } } });
    // The REST (V3) module drops the PS* columns; StartDate, EndDate and Index remain.
    expect(readHeader(split('Organization,MessageId,Received,SenderAddress,RecipientAddress,StartDate,EndDate,Index'))).toMatchObject({
      layout: { format: 'message-trace-v1' },
    });
  });

  it("recognises the admin center's export, whose times need the admin's zone", () => {
    const verdict = readHeader(split('Received,Sender,Recipient,Subject,Status,Message trace ID,Message ID,From IP,To IP,Size'));
    expect(verdict).toEqual({
      kind: 'trace',
      layout: {
        format: 'admin-center-trace',
        rowIs: 'recipient',
        timesInUtc: false,
        columns: { time: 0, sender: 1, recipient: 2, messageTraceId: 5, messageId: 6, sourceIp: 7, status: 4, subject: 3 },
      },
    });
  });

  it('recognises the Enhanced summary and the Extended report of historical search', () => {
    const enhanced = 'origin_timestamp_utc,sender_address,recipient_status,message_subject,total_bytes,message_id,network_message_id,original_client_ip,directionality,connector_id,delivery_priority';
    expect(readHeader(split(enhanced))).toEqual({
      kind: 'trace',
      layout: {
        format: 'enhanced-summary',
        rowIs: 'message',
        timesInUtc: true,
        columns: { time: 0, sender: 1, recipientStatus: 2, messageId: 5, networkMessageId: 6, sourceIp: 7, directionality: 8, connector: 9, subject: 3 },
      },
    });
    const extended = 'date_time_utc,client_ip,client_hostname,server_ip,server_hostname,source_context,connector_id,source,event_id,internal_message_id,message_id,network_message_id,recipient_address,recipient_status,total_bytes,recipient_count,related_recipient_address,reference,message_subject,sender_address,return_path,message_info,directionality,tenant_id,original_client_ip,original_server_ip,custom_data';
    expect(readHeader(split(extended))).toEqual({
      kind: 'trace',
      layout: {
        format: 'extended-report',
        rowIs: 'event',
        timesInUtc: true,
        columns: {
          time: 0,
          clientIp: 1,
          connector: 6,
          eventId: 8,
          messageId: 10,
          networkMessageId: 11,
          recipient: 12,
          recipientStatus: 13,
          sender: 19,
          directionality: 22,
          sourceIp: 24,
          subject: 18,
        },
      },
    });
  });

  it('recognises the Non-accepted domain report under close variants of its header', () => {
    const expected = { kind: 'trace', layout: { format: 'non-accepted-domain-report', rowIs: 'message', columns: { time: 0, connector: 1, senderDomain: 2, count: 3 } } };
    expect(readHeader(split('Date,Inbound connector name,Sender domain,Count,Sample messages'))).toMatchObject(expected);
    expect(readHeader(split('Date,Connector,Sender Domain,Message count,Sample messages'))).toMatchObject(expected);
    expect(readHeader(split('Date,Connector name,Domain,Messages'))).toMatchObject(expected);
  });

  it('refuses a CSV without a sender column, with its header', () => {
    expect(readHeader(split('Received,RecipientAddress,Subject'))).toEqual({
      kind: 'rejected',
      reason: 'no-sender-column',
      detail: 'Received,RecipientAddress,Subject',
    });
    expect(readHeader(split('origin_timestamp_utc,recipient_status,message_subject'))).toEqual({
      kind: 'rejected',
      reason: 'no-sender-column',
      detail: 'origin_timestamp_utc,recipient_status,message_subject',
    });
  });

  it("names another tool's export: accepted domains, inbound connectors", () => {
    expect(readHeader(split('DomainName,CatchAllRecipientID,DomainType,MatchSubDomains'))).toEqual({ kind: 'rejected', reason: 'unrecognised', detail: 'accepted-domains' });
    expect(readHeader(split('Enabled,ConnectorType,ConnectorSource,Comment,SenderIPAddresses,SenderDomains'))).toEqual({
      kind: 'rejected',
      reason: 'unrecognised',
      detail: 'inbound-connectors',
    });
  });

  it('leaves a single column to the list reader, saying whether it names senders', () => {
    expect(readHeader(['SenderAddress'])).toEqual({ kind: 'single-column', namesSender: true });
    expect(readHeader(['Sender domain'])).toEqual({ kind: 'single-column', namesSender: true });
    expect(readHeader(['alex.w@contoso.com'])).toEqual({ kind: 'single-column', namesSender: false });
  });

  it('compares names without case, spaces, underscores or hyphens', () => {
    expect(headerKey(' Message trace ID ')).toBe('messagetraceid');
    expect(headerKey('\ufefforigin_timestamp_utc')).toBe('origintimestamputc');
    expect(headerKey('From-IP')).toBe('fromip');
  });
});
