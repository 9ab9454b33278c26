// Who sent what, when it started and why it looks compromised: the 5.7.705 analysis of a message trace. Every flag
// carries the numbers behind it. Signals and thresholds: /work/shared/tools-formats.md §7 (per sender over the window:
// messages, distinct external recipients and domains, failure share of outbound rows, messages per hour against the
// sender's own usual rate and the tenant's, new source IPs, repeated subjects).
import type { SenderTraffic, TrafficData } from '../model';

const HOUR = 3_600_000;
/** The analysis keeps this many senders: every flagged one, then the busiest. */
export const SENDERS_KEPT = 20;
/** The chart's hours: the last fortnight of the window at most. */
export const HOURS_KEPT = 24 * 14;

export const thresholds = {
  /** Distinct external recipients over the window that make a sender's reach unusual. */
  externalRecipients: 20,
  /** A peak hour this many times the sender's own usual hour (at least one message) is a burst… */
  burstFactor: 3,
  /** …when it also holds at least this many messages. */
  burstMessages: 5,
  /** Share of outbound recipient deliveries that failed or were filtered as spam… */
  failureShare: 0.3,
  /** …out of at least this many. */
  failureRows: 10,
  /** A new IP matters when it carried this share of the sender's messages, or burstMessages of them. */
  newIpShare: 0.2,
  /** One subject on this share of a sender's messages (and at least burstMessages of them) is repeated. */
  repeatedSubjectShare: 0.5,
  /** Bulk mail: one subject on this share, to at least bulkRecipients people, with a failure share under bulkFailureShare. */
  bulkSubjectShare: 0.8,
  bulkRecipients: 50,
  bulkFailureShare: 0.1,
} as const;

export type TrafficFlag = 'burst' | 'many-external' | 'failures' | 'new-ip' | 'repeated-subject';
export type TrafficVerdict = 'compromise' | 'bulk' | 'review' | 'normal';

export interface TrafficFinding {
  sender: string;
  verdict: TrafficVerdict;
  flags: TrafficFlag[];
  messages: number;
  recipientRows: number;
  externalRecipients: number;
  externalDomains: number;
  /** True when the sender had more distinct recipients than were counted: the external figures are "at least". */
  recipientsAtLeast?: boolean;
  failures: number;
  /** 0–1, of recipientRows. */
  failureShare: number;
  peakHour?: string;
  peakMessages: number;
  /** Median messages per hour of the window (zeros included). */
  usualPerHour: number;
  /** First and last message of the burst hours. */
  burstFrom?: string;
  burstTo?: string;
  burstMessages: number;
  ips: { ip: string; messages: number; firstSeen?: string; isNew: boolean }[];
  topSubject?: { subject: string; messages: number };
}

export interface TrafficHour {
  hour: string;
  /** The tenant's outbound messages that hour. */
  messages: number;
  /** Of which from senders with a compromise or review verdict. */
  suspicious: number;
}

export interface TrafficReport {
  window?: { from: string; to: string };
  hours: TrafficHour[];
  /** Median outbound messages per hour for the whole tenant. */
  tenantUsualPerHour: number;
  outboundSenders: number;
  outboundMessages: number;
  /** Messages of other organisations to the tenant, and the service's own NDRs: never a sender's traffic. */
  inboundMessages: number;
  systemMessages: number;
  findings: TrafficFinding[];
  sendersCapped?: boolean;
}

/** Exchange Online's own NDR sender: `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com`. */
export const isSystemSender = (sender: string): boolean => /^microsoftexchange[0-9a-f]*@[^@]+\.onmicrosoft\.com$/i.test(sender);

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1);

/** Outbound: the sender's domain is the tenant's, or the input's direction column says so. */
function isOutbound(sender: SenderTraffic, isTenantDomain: (domain: string) => boolean): boolean {
  if (sender.outboundMessages > 0 || sender.inboundMessages > 0) return sender.outboundMessages >= sender.inboundMessages;
  return sender.domain !== '' && isTenantDomain(sender.domain);
}

function analyseSender(
  sender: SenderTraffic,
  windowHours: readonly number[],
  isTenantDomain: (domain: string) => boolean,
): TrafficFinding {
  const perHour = new Map(sender.hours.map((hour) => [Date.parse(hour.hour), hour]));
  const counts = windowHours.map((hour) => perHour.get(hour)?.messages ?? 0);
  const usual = median(counts);
  const peak = sender.hours.reduce<(typeof sender.hours)[number] | undefined>((best, hour) => (!best || hour.messages > best.messages ? hour : best), undefined);
  const burstLevel = Math.max(thresholds.burstFactor * Math.max(usual, 1), thresholds.burstMessages);
  // The burst: the run of consecutive hours above the sender's usual rate around a peak hour that reaches burstLevel.
  const burstHours: (typeof sender.hours)[number][] = [];
  if (peak && peak.messages >= burstLevel) {
    const peakIndex = sender.hours.indexOf(peak);
    const above = (index: number, step: number) => {
      const hour = sender.hours[index];
      const neighbour = sender.hours[index - step];
      return hour !== undefined && neighbour !== undefined && hour.messages > usual && Date.parse(hour.hour) - Date.parse(neighbour.hour) === step * HOUR;
    };
    let from = peakIndex;
    while (above(from - 1, -1)) from -= 1;
    let to = peakIndex;
    while (above(to + 1, 1)) to += 1;
    burstHours.push(...sender.hours.slice(from, to + 1));
  }
  const external = sender.recipients.filter((recipient) => !isTenantDomain(domainOf(recipient)));
  const externalDomains = new Set(external.map(domainOf)).size;
  const failureShare = sender.recipientRows > 0 ? sender.failures / sender.recipientRows : 0;
  const firstBurst = burstHours[0];
  const lastBurst = burstHours.at(-1);
  const firstSeen = sender.hours[0]?.first;
  // An IP is new when the sender had already sent from another one before it first appeared.
  const ips = sender.ips.map((ip) => {
    const earlier = sender.ips.some((other) => other.ip !== ip.ip && other.firstSeen !== undefined && ip.firstSeen !== undefined && other.firstSeen < ip.firstSeen);
    return { ...ip, isNew: earlier && firstSeen !== undefined && ip.firstSeen !== undefined && ip.firstSeen > firstSeen };
  });
  const top = sender.subjects[0];
  const flags: TrafficFlag[] = [];
  if (burstHours.length > 0) flags.push('burst');
  if (external.length >= thresholds.externalRecipients) flags.push('many-external');
  if (sender.recipientRows >= thresholds.failureRows && failureShare >= thresholds.failureShare) flags.push('failures');
  const newIpMatters = ips.some(
    (ip) => ip.isNew && (ip.messages >= thresholds.burstMessages || ip.messages >= sender.messages * thresholds.newIpShare),
  );
  if (newIpMatters) flags.push('new-ip');
  const subjectShare = top && sender.messages > 0 ? top.messages / sender.messages : 0;
  if (top && top.messages >= thresholds.burstMessages && subjectShare >= thresholds.repeatedSubjectShare) flags.push('repeated-subject');

  // Reach is what a compromised mailbox is for: many outside recipients. With failures or a new IP it is a verdict;
  // a busy hour alone, one subject alone, or many recipients alone is a normal day for many senders.
  const reach = flags.includes('many-external');
  const bulk =
    subjectShare >= thresholds.bulkSubjectShare &&
    external.length >= thresholds.bulkRecipients &&
    failureShare < thresholds.bulkFailureShare &&
    !newIpMatters;
  const verdict: TrafficVerdict = bulk
    ? 'bulk'
    : reach && (flags.includes('failures') || newIpMatters)
      ? 'compromise'
      : (reach && flags.includes('burst')) || flags.includes('failures') || newIpMatters
        ? 'review'
        : 'normal';
  return {
    sender: sender.sender,
    verdict,
    flags,
    messages: sender.messages,
    recipientRows: sender.recipientRows,
    externalRecipients: external.length,
    externalDomains,
    ...(sender.recipientsCapped ? { recipientsAtLeast: true } : {}),
    failures: sender.failures,
    failureShare,
    ...(peak ? { peakHour: peak.hour } : {}),
    peakMessages: peak?.messages ?? 0,
    usualPerHour: usual,
    ...(firstBurst && lastBurst ? { burstFrom: firstBurst.first, burstTo: lastBurst.last } : {}),
    burstMessages: burstHours.reduce((sum, hour) => sum + hour.messages, 0),
    ips,
    ...(top ? { topSubject: { subject: top.name, messages: top.messages } } : {}),
  };
}

const rank: Record<TrafficVerdict, number> = { compromise: 0, bulk: 1, review: 2, normal: 3 };

/** The analysis of a trace; `isTenantDomain` says which domains are the tenant's (accepted or covered). */
export function analyseTraffic(data: TrafficData, isTenantDomain: (domain: string) => boolean): TrafficReport {
  const outbound: SenderTraffic[] = [];
  let inboundMessages = 0;
  let systemMessages = 0;
  for (const sender of data.senders) {
    if (isSystemSender(sender.sender)) systemMessages += sender.messages;
    else if (isOutbound(sender, isTenantDomain)) outbound.push(sender);
    else inboundMessages += sender.messages;
  }
  const tenant = new Map<number, number>();
  for (const sender of outbound) {
    for (const hour of sender.hours) {
      const start = Date.parse(hour.hour);
      tenant.set(start, (tenant.get(start) ?? 0) + hour.messages);
    }
  }
  const starts = [...tenant.keys()].sort((a, b) => a - b);
  const first = starts[0];
  const last = starts.at(-1);
  const windowHours: number[] = [];
  if (first !== undefined && last !== undefined) for (let hour = first; hour <= last; hour += HOUR) windowHours.push(hour);

  const findings = outbound.map((sender) => analyseSender(sender, windowHours, isTenantDomain));
  findings.sort((a, b) => rank[a.verdict] - rank[b.verdict] || b.messages - a.messages || (a.sender < b.sender ? -1 : 1));
  const suspicious = new Set(findings.filter((finding) => finding.verdict === 'compromise' || finding.verdict === 'review').map((finding) => finding.sender));
  const suspiciousPerHour = new Map<number, number>();
  for (const sender of outbound) {
    if (!suspicious.has(sender.sender)) continue;
    for (const hour of sender.hours) {
      const start = Date.parse(hour.hour);
      suspiciousPerHour.set(start, (suspiciousPerHour.get(start) ?? 0) + hour.messages);
    }
  }
  const hours = windowHours.slice(-HOURS_KEPT).map((hour) => ({
    hour: new Date(hour).toISOString(),
    messages: tenant.get(hour) ?? 0,
    suspicious: suspiciousPerHour.get(hour) ?? 0,
  }));
  const firstMessage = outbound.map((sender) => sender.hours[0]?.first).filter((time): time is string => time !== undefined).sort()[0];
  const lastMessage = outbound.map((sender) => sender.hours.at(-1)?.last).filter((time): time is string => time !== undefined).sort().at(-1);
  return {
    ...(firstMessage && lastMessage ? { window: { from: firstMessage, to: lastMessage } } : {}),
    hours,
    tenantUsualPerHour: median(windowHours.map((hour) => tenant.get(hour) ?? 0)),
    outboundSenders: outbound.length,
    outboundMessages: outbound.reduce((sum, sender) => sum + sender.messages, 0),
    inboundMessages,
    systemMessages,
    // Sorted flagged first: every flagged sender is kept, then the busiest others.
    findings: findings.slice(0, Math.max(SENDERS_KEPT, suspicious.size + findings.filter((finding) => finding.verdict === 'bulk').length)),
    ...(data.sendersCapped ? { sendersCapped: true } : {}),
  };
}

/** Whether the trace shows anything worth Support's attention. */
export const hasAnomaly = (report: TrafficReport): boolean => report.findings.some((finding) => finding.verdict !== 'normal');
