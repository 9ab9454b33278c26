// Sentences for findings, from their codes and numbers. One place, used by the tools, the case file and the support
// summary, so the three never word a finding differently. Keys are namespaced (`tools:`), so any i18next-style
// translator that has the tools text can look them up.
import type { ConnectorReason } from './rules/connector-review';
import type { DomainFinding } from './rules/gap-finder';

export type FindingTranslator = (key: string, options?: Record<string, unknown>) => string;

export function connectorReasonText(text: FindingTranslator, reason: ConnectorReason, formatNumber: (value: number) => string): string {
  switch (reason.code) {
    case 'recent': {
      const variant = !reason.bounceDateKnown ? 'NoBounce' : reason.after ? 'After' : '';
      return text(`tools:connectors.reasons.recent.${reason.event}${variant}`, { days: reason.days, count: reason.days });
    }
    case 'ip-only': {
      const main = text('tools:connectors.reasons.ip-only', {
        ranges: formatNumber(reason.ranges),
        addresses: formatNumber(reason.addresses),
        networks: formatNumber(reason.networks),
      });
      return reason.wide.length > 0 ? `${main} ${text('tools:connectors.reasons.ip-only-wide', { wide: reason.wide.join(', ') })}` : main;
    }
    case 'cloud-services-not-hybrid':
      return text('tools:connectors.reasons.cloud-services-not-hybrid', { source: reason.source });
    case 'certificate-outside-accepted':
      return text('tools:connectors.reasons.certificate-outside-accepted', { domain: reason.certificateDomain });
    case 'carried-unaccepted':
      return text('tools:connectors.reasons.carried-unaccepted', {
        messages: formatNumber(reason.messages),
        count: reason.domainCount,
        domains: reason.domains.map((domain) => domain.name).join(', '),
      });
    case 'partner-unrestricted':
      return text('tools:connectors.reasons.partner-unrestricted', { settings: reason.off.join(', ') });
    default:
      return text(`tools:connectors.reasons.${reason.code}`);
  }
}

export function domainStatusText(text: FindingTranslator, finding: DomainFinding): string {
  return text(`tools:gap.status.${finding.status}`, { domain: finding.acceptedDomain ?? '' });
}

export function domainAdviceText(text: FindingTranslator, finding: DomainFinding): string {
  return text(`tools:gap.advice.${finding.advice}`);
}
