// The findings as lines of the plain-text support summary: what Support asks the admin to explain, with the numbers.
import type { CaseEvidence } from './evidence-schema';
import { connectorKey, connectorReviewsOf, domainGapsOf } from './evidence';
import { connectorReasonText, domainAdviceText, domainStatusText, type FindingTranslator } from './finding-text';
import { trafficFlagText, trafficSentence } from './traffic-text';

const INDENT = '  ';
/** Domains listed one by one; the rest are counted (Support needs the pattern, not every row). */
const LISTED_DOMAINS = 20;

export interface FindingsSummaryInput {
  evidence: CaseEvidence | undefined;
  firstBounceUtc: string | undefined;
  text: FindingTranslator;
  formatDateTime: (iso: string) => string;
  language: string;
}

function domainLines({ evidence, text, formatDateTime, language }: FindingsSummaryInput & { evidence: CaseEvidence }): string[] {
  const report = domainGapsOf(evidence);
  if (!report || !evidence.sending) return [];
  const number = (value: number) => value.toLocaleString(language);
  const lines = [
    text('tools:summary.domainsLine', {
      total: report.findings.length,
      format: text(`tools:formats.${evidence.sending.format}`),
      rows: number(evidence.sending.rows),
      notAccepted: report.totals.domains['not-accepted'],
      messages: number(report.totals.nonAcceptedMessages),
    }),
  ];
  const worth = report.findings.filter((finding) => finding.advice !== 'none');
  for (const finding of worth.slice(0, LISTED_DOMAINS)) {
    const connectors = finding.viaConnectors.map((via) => via.name);
    lines.push(
      INDENT +
        text('tools:summary.domain', {
          domain: finding.domain,
          status: domainStatusText(text, finding),
          messages: number(finding.messages),
          recipients: number(finding.recipients),
          first: finding.firstSeen ? formatDateTime(finding.firstSeen) : '-',
          last: finding.lastSeen ? formatDateTime(finding.lastSeen) : '-',
          via: connectors.length > 0 ? text('tools:summary.via', { connectors: connectors.join(', ') }) : '',
          advice: domainAdviceText(text, finding),
        }),
    );
  }
  if (worth.length > LISTED_DOMAINS) lines.push(INDENT + text('tools:gap.more', { count: worth.length - LISTED_DOMAINS }));
  return lines;
}

function connectorLines({ evidence, firstBounceUtc, text, formatDateTime, language }: FindingsSummaryInput & { evidence: CaseEvidence }): string[] {
  if (!evidence.connectors) return [];
  const reviews = connectorReviewsOf(evidence, firstBounceUtc, evidence.connectors.readAt) ?? [];
  const number = (value: number) => value.toLocaleString(language);
  const lines = [
    text('tools:summary.connectorsLine', { total: reviews.length, suspicious: reviews.filter((review) => review.verdict === 'suspicious').length }),
  ];
  for (const review of reviews) {
    const mark = evidence.connectorMarks?.[connectorKey(review)];
    const markText = mark
      ? `; ${text(mark.mark === 'ours' ? 'tools:evidence.markOurs' : 'tools:evidence.markRemoved', { time: formatDateTime(mark.changedAt) })}`
      : '';
    lines.push(INDENT + text('tools:summary.connector', { name: review.name, verdict: text(`tools:connectors.verdict.${review.verdict}`), mark: markText }));
    for (const reason of review.reasons) {
      if (reason.severity === 'info') continue;
      lines.push(INDENT.repeat(2) + text('tools:summary.reason', { text: connectorReasonText(text, reason, number) }));
    }
  }
  return lines;
}

function trafficLines({ evidence, text, formatDateTime, language }: FindingsSummaryInput & { evidence: CaseEvidence }): string[] {
  const { traffic } = evidence;
  if (!traffic) return [];
  const { report } = traffic;
  const number = (value: number) => value.toLocaleString(language);
  const flagged = report.findings.filter((finding) => finding.verdict !== 'normal');
  const format = text(`tools:formats.${traffic.format}`);
  if (flagged.length === 0) return [text('tools:summary.trafficNone', { rows: number(traffic.rows), format })];
  const lines = [
    text('tools:summary.trafficLine', {
      rows: number(traffic.rows),
      format,
      senders: number(report.outboundSenders),
      messages: number(report.outboundMessages),
      from: report.window ? formatDateTime(report.window.from) : '-',
      to: report.window ? formatDateTime(report.window.to) : '-',
      flagged: flagged.length,
    }),
  ];
  const context = { text, formatTime: formatDateTime, language };
  for (const finding of flagged) {
    const mark = evidence.senderMarks?.[finding.sender];
    lines.push(
      INDENT +
        text('tools:summary.sender', {
          verdict: text(`tools:traffic.verdict.${finding.verdict}`),
          sentence: trafficSentence(finding, context),
          mark: mark ? text('tools:summary.senderMark', { mark: text(`tools:traffic.markShort.${mark.mark}`), time: formatDateTime(mark.changedAt) }) : '',
        }),
    );
    for (const flag of finding.flags) lines.push(INDENT.repeat(2) + text('tools:summary.reason', { text: trafficFlagText(flag, finding, report, context) }));
  }
  return lines;
}

/** The summary's findings section, or nothing when no tool has been used. */
export function findingsSummaryLines(input: FindingsSummaryInput): string[] {
  const { evidence } = input;
  if (!evidence) return [];
  const body = [...trafficLines({ ...input, evidence }), ...domainLines({ ...input, evidence }), ...connectorLines({ ...input, evidence })];
  return body.length === 0 ? [] : [input.text('tools:summary.heading'), ...body.map((line) => INDENT + line)];
}
