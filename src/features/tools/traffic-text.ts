// Sentences for the traffic analysis, from its numbers: one wording for the tool, the case file and the summary.
import type { TrafficFinding, TrafficFlag, TrafficReport } from './rules/traffic-analysis';
import type { FindingTranslator } from './finding-text';

export interface TrafficTextContext {
  text: FindingTranslator;
  formatTime: (iso: string) => string;
  language: string;
}

const percent = (share: number, language: string) => new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
const number = (value: number, language: string) => value.toLocaleString(language, { maximumFractionDigits: 1 });

/** "alex.w@contoso.com sent 36 messages to 39 external recipients in 34 domains from … to …, from 192.0.2.77 (new…)". */
export function trafficSentence(finding: TrafficFinding, { text, formatTime, language }: TrafficTextContext): string {
  const ips = finding.ips
    .slice(0, 3)
    .map((ip) => (ip.isNew ? text('tools:traffic.newIp', { ip: ip.ip }) : ip.ip))
    .join(', ');
  return text('tools:traffic.sentence', {
    sender: finding.sender,
    messages: number(finding.burstFrom ? finding.burstMessages : finding.messages, language),
    external: number(finding.externalRecipients, language),
    domains: number(finding.externalDomains, language),
    span: finding.burstFrom && finding.burstTo ? text('tools:traffic.span', { from: formatTime(finding.burstFrom), to: formatTime(finding.burstTo) }) : '',
    ips: ips ? text('tools:traffic.fromIps', { ips }) : '',
    share: percent(finding.failureShare, language),
  });
}

/** Each flag with the numbers behind it. */
export function trafficFlagText(flag: TrafficFlag, finding: TrafficFinding, report: TrafficReport, { text, formatTime, language }: TrafficTextContext): string {
  switch (flag) {
    case 'burst':
      return text('tools:traffic.flags.burst', {
        peak: number(finding.peakMessages, language),
        hour: finding.peakHour ? formatTime(finding.peakHour) : '—',
        usual: number(finding.usualPerHour, language),
        tenantUsual: number(report.tenantUsualPerHour, language),
        from: finding.burstFrom ? formatTime(finding.burstFrom) : '—',
        to: finding.burstTo ? formatTime(finding.burstTo) : '—',
        messages: number(finding.burstMessages, language),
      });
    case 'many-external':
      return text('tools:traffic.flags.many-external', { external: number(finding.externalRecipients, language), domains: number(finding.externalDomains, language) });
    case 'failures':
      return text('tools:traffic.flags.failures', {
        failures: number(finding.failures, language),
        rows: number(finding.recipientRows, language),
        share: percent(finding.failureShare, language),
      });
    case 'new-ip': {
      const ip = finding.ips.find((candidate) => candidate.isNew);
      return text('tools:traffic.flags.new-ip', {
        ip: ip?.ip ?? '—',
        time: ip?.firstSeen ? formatTime(ip.firstSeen) : '—',
        messages: number(ip?.messages ?? 0, language),
      });
    }
    case 'repeated-subject':
      return text('tools:traffic.flags.repeated-subject', {
        subject: finding.topSubject?.subject ?? '',
        messages: number(finding.topSubject?.messages ?? 0, language),
        total: number(finding.messages, language),
      });
  }
}
