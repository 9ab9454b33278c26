import { describe, expect, it } from 'vitest';
import type { TrafficData } from '../../model';
import { readSendingText } from '../../readers/sending-reader';
import { analyseTraffic, hasAnomaly, isSystemSender, type TrafficReport } from '../traffic-analysis';
import { compromiseBurst, inboundAndSystem, newsletter, quietDays, traceCsv, type TraceMessage } from './traffic-fixtures';

const tenant = (domain: string) => domain === 'contoso.com' || domain.endsWith('.onmicrosoft.com');

function trafficOf(messages: readonly TraceMessage[]): TrafficData {
  const outcome = readSendingText(traceCsv(messages), { traffic: true });
  if (outcome.kind !== 'sending' || !outcome.data.traffic) throw new Error(`not read: ${JSON.stringify(outcome).slice(0, 200)}`);
  return outcome.data.traffic;
}

const analyse = (messages: readonly TraceMessage[]): TrafficReport => analyseTraffic(trafficOf(messages), tenant);
const finding = (report: TrafficReport, sender: string) => {
  const found = report.findings.find((candidate) => candidate.sender === sender);
  if (!found) throw new Error(`${sender} not in the report`);
  return found;
};

describe('analyseTraffic', () => {
  const report = analyse([...quietDays(), ...compromiseBurst(), ...newsletter(), ...inboundAndSystem()]);

  it('finds the compromised sender with the numbers Support asks for', () => {
    const alex = finding(report, 'alex.w@contoso.com');
    expect(alex.verdict).toBe('compromise');
    expect(alex.flags).toEqual(['burst', 'many-external', 'failures', 'new-ip']);
    expect(alex.externalRecipients).toBe(39);
    expect(alex.externalDomains).toBe(34);
    expect(alex.burstMessages).toBe(36);
    expect(alex.burstFrom).toBe('2026-11-19T20:02:00.000Z');
    expect(alex.burstTo).toBe('2026-11-19T22:03:00.000Z');
    // 27 burst messages failed, three of them to two people: 30 of the 59 deliveries alex.w made over the window.
    expect(alex.failures).toBe(30);
    expect(alex.recipientRows).toBe(59);
    expect(Math.round(alex.failureShare * 100)).toBe(51);
    expect(alex.ips).toEqual([
      { ip: '192.0.2.77', messages: 36, firstSeen: '2026-11-19T20:02:00.000Z', isNew: true },
      { ip: '198.51.100.10', messages: 20, firstSeen: '2026-11-18T08:05:00.000Z', isNew: false },
    ]);
    // Over the 39 hours of the window: 16 without mail, 20 with one message, 3 of the burst.
    expect(alex.usualPerHour).toBe(1);
    expect(alex.peakMessages).toBeGreaterThanOrEqual(15);
    expect(report.findings[0]?.sender).toBe('alex.w@contoso.com');
  });

  it('tells bulk mail apart from a compromise and points to it as bulk', () => {
    const news = finding(report, 'news@contoso.com');
    expect(news.verdict).toBe('bulk');
    expect(news.topSubject).toEqual({ subject: 'Contoso winter catalogue', messages: 120 });
    expect(news.externalRecipients).toBe(120);
    expect(news.failureShare).toBeLessThan(0.1);
  });

  it('never counts mail the tenant received, or the service\'s own bounces, as a sender\'s traffic', () => {
    expect(report.findings.map((candidate) => candidate.sender)).not.toContain('promo@bulk-sender.example');
    expect(report.findings.some((candidate) => isSystemSender(candidate.sender))).toBe(false);
    expect(report.inboundMessages).toBe(30);
    expect(report.systemMessages).toBe(10);
    expect(report.outboundSenders).toBe(4);
  });

  it('draws the tenant\'s outbound hours with the suspicious share', () => {
    const evening = report.hours.find((hour) => hour.hour === '2026-11-19T20:00:00.000Z');
    // That evening every outbound message was alex.w's.
    expect(evening?.messages).toBeGreaterThan(10);
    expect(evening?.suspicious).toBe(evening?.messages);
    const morning = report.hours.find((hour) => hour.hour === '2026-11-18T09:00:00.000Z');
    expect(morning).toEqual({ hour: '2026-11-18T09:00:00.000Z', messages: 3, suspicious: 1 });
    expect(report.window).toEqual({ from: '2026-11-18T08:05:00.000Z', to: '2026-11-19T22:03:00.000Z' });
    expect(report.hours).toHaveLength(39);
  });

  it('finds nothing in quiet days, and says so', () => {
    const quiet = analyse(quietDays());
    expect(hasAnomaly(quiet)).toBe(false);
    expect(quiet.findings.every((candidate) => candidate.verdict === 'normal')).toBe(true);
    // 20 working hours with three messages, 14 night hours with none.
    expect(quiet.tenantUsualPerHour).toBe(3);
  });

  it('flags a repeated subject, and counts failures of an Enhanced summary from its recipient status', () => {
    const enhanced = [
      '"origin_timestamp_utc","sender_address","recipient_status","message_subject","total_bytes","message_id","network_message_id","original_client_ip","directionality","connector_id","delivery_priority"',
      ...Array.from(
        { length: 12 },
        (_, index) =>
          `"2026-11-20T07:${String(10 + index).padStart(2, '0')}:03.009Z","support@contoso.com","a${index}@mail${index}.example##Receive, Fail;b${index}@mail${index}.example##Receive, Send","Action required: verify your payment details","13899","<m${index}@contoso.com>","id-${index}","192.0.2.15","Originating","","Normal"`,
      ),
    ].join('\n');
    const outcome = readSendingText(enhanced, { traffic: true });
    if (outcome.kind !== 'sending' || !outcome.data.traffic) throw new Error('not read');
    const support = finding(analyseTraffic(outcome.data.traffic, tenant), 'support@contoso.com');
    expect(support.failures).toBe(12);
    expect(support.recipientRows).toBe(24);
    expect(support.failureShare).toBe(0.5);
    // One hour of traffic is its own usual rate: no burst can be told from it.
    expect(support.flags).toEqual(['many-external', 'failures', 'repeated-subject']);
    // Wide reach and half failed: a phishing run from the account, whatever the one hour says of its usual rate.
    expect(support.verdict).toBe('compromise');
  });

  it('keeps no traffic unless asked, so the domain tool pays nothing for it', () => {
    const outcome = readSendingText(traceCsv(quietDays()));
    expect(outcome.kind === 'sending' ? outcome.data.traffic : 'not read').toBeUndefined();
  });
});

describe('what is not a finding', () => {
  it('a busy hour of internal mail is a normal day', () => {
    const meeting = Array.from({ length: 12 }, (_, index) => ({
      at: `2026-11-19T14:${String(index * 4).padStart(2, '0')}:00Z`,
      from: 'lee@contoso.com',
      to: ['megan@contoso.com', 'alex.w@contoso.com'],
      subject: 'Board meeting moved',
      ip: '198.51.100.10',
    }));
    const lee = finding(analyse([...quietDays(), ...meeting]), 'lee@contoso.com');
    expect(lee.flags).toEqual(['burst']);
    expect(lee.externalRecipients).toBe(0);
    expect(lee.verdict).toBe('normal');
  });

  it('a new IP alone is worth a review, not a verdict of compromise', () => {
    const travel = Array.from({ length: 6 }, (_, index) => ({
      at: `2026-11-19T19:${String(index * 5).padStart(2, '0')}:00Z`,
      from: 'megan@contoso.com',
      to: ['partner@fabrikam.example'],
      subject: `Order from the road ${index}`,
      ip: '203.0.113.40',
    }));
    const megan = finding(analyse([...quietDays(), ...travel]), 'megan@contoso.com');
    expect(megan.flags).toEqual(['burst', 'new-ip']);
    expect(megan.verdict).toBe('review');
  });
});
