// What the cause-finding tools keep in the case, checked when the tools read it: the admin's settings as read (accepted domains, inbound connectors),
// where mail was sent from as per-domain aggregates, and the admin's own marks. Never raw rows: a 100,000-row export
// is kept as a few hundred domain lines, and each list has a bound.
import * as v from 'valibot';
import { isoTime } from '../progress/iso-time';
import { EVIDENCE_JSON_BUDGET } from '../progress/stored-evidence';

export const evidenceLimits = {
  acceptedDomains: 2_000,
  connectors: 200,
  sendingDomains: 500,
  tally: 10,
  list: 100,
  truncated: 200,
  name: 512,
  fileName: 1_000,
  trafficHours: 24 * 14,
  trafficFindings: 40,
  trafficIps: 10,
  senderMarks: 200,
  json: EVIDENCE_JSON_BUDGET,
} as const;

const name = v.pipe(v.string(), v.maxLength(evidenceLimits.name));
const names = (max: number) => v.pipe(v.array(name), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const time = isoTime;

const acceptedDomainSchema = v.object({
  domain: name,
  type: v.optional(v.picklist(['Authoritative', 'InternalRelay', 'ExternalRelay'])),
  matchSubDomains: v.optional(v.boolean()),
  sendingFromDomainDisabled: v.optional(v.boolean()),
  isDefault: v.optional(v.boolean()),
});

const connectorSchema = v.object({
  name,
  guid: v.optional(name),
  enabled: v.optional(v.boolean()),
  type: v.optional(v.picklist(['OnPremises', 'Partner'])),
  source: v.optional(name),
  comment: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  senderIpAddresses: names(evidenceLimits.list),
  senderDomains: names(evidenceLimits.list),
  tlsSenderCertificateName: v.optional(name),
  treatMessagesAsInternal: v.optional(v.boolean()),
  cloudServicesMailEnabled: v.optional(v.boolean()),
  requireTls: v.optional(v.boolean()),
  restrictDomainsToIpAddresses: v.optional(v.boolean()),
  restrictDomainsToCertificate: v.optional(v.boolean()),
  associatedAcceptedDomains: names(evidenceLimits.list),
  trustedOrganizations: names(evidenceLimits.list),
  whenCreatedUtc: v.optional(time),
  whenChangedUtc: v.optional(time),
});

const tallySchema = v.pipe(v.array(v.object({ name, messages: count })), v.maxLength(evidenceLimits.tally));

const sendingDomainSchema = v.object({
  domain: name,
  messages: count,
  recipients: count,
  firstSeen: v.optional(time),
  lastSeen: v.optional(time),
  senders: tallySchema,
  senderCount: count,
  sourceIps: tallySchema,
  sourceIpCount: count,
  connectors: tallySchema,
  recipientDomains: tallySchema,
  recipientDomainOthers: count,
  inboundMessages: count,
  outboundMessages: count,
  /** Distinct counts stopped growing at the reader's cap: they are lower bounds. */
  countsAtLeast: v.optional(v.boolean()),
});

/** Where an input came from, and when it was read. */
const origin = {
  readAt: time,
  source: v.picklist(['paste', 'file']),
  fileName: v.optional(v.pipe(v.string(), v.maxLength(evidenceLimits.fileName))),
};

const structuredFormat = v.picklist(['json', 'format-list', 'table', 'csv', 'list']);

const sendingFormat = v.picklist([
  'message-trace-v2',
  'message-trace-v1',
  'admin-center-trace',
  'enhanced-summary',
  'extended-report',
  'non-accepted-domain-report',
  'list',
]);

const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const rate = v.pipe(v.number(), v.minValue(0), v.finite());

const trafficFindingSchema = v.object({
  sender: name,
  verdict: v.picklist(['compromise', 'bulk', 'review', 'normal']),
  flags: v.pipe(v.array(v.picklist(['burst', 'many-external', 'failures', 'new-ip', 'repeated-subject'])), v.maxLength(5)),
  messages: count,
  recipientRows: count,
  externalRecipients: count,
  externalDomains: count,
  recipientsAtLeast: v.optional(v.boolean()),
  failures: count,
  failureShare: share,
  peakHour: v.optional(time),
  peakMessages: count,
  usualPerHour: rate,
  burstFrom: v.optional(time),
  burstTo: v.optional(time),
  burstMessages: count,
  ips: v.pipe(
    v.array(v.object({ ip: name, messages: count, firstSeen: v.optional(time), isNew: v.boolean() })),
    v.maxLength(evidenceLimits.trafficIps),
  ),
  topSubject: v.optional(v.object({ subject: name, messages: count })),
});

const trafficReportSchema = v.object({
  window: v.optional(v.object({ from: time, to: time })),
  hours: v.pipe(v.array(v.object({ hour: time, messages: count, suspicious: count })), v.maxLength(evidenceLimits.trafficHours)),
  tenantUsualPerHour: rate,
  outboundSenders: count,
  outboundMessages: count,
  inboundMessages: count,
  systemMessages: count,
  findings: v.pipe(v.array(trafficFindingSchema), v.maxLength(evidenceLimits.trafficFindings)),
  sendersCapped: v.optional(v.boolean()),
});

const evidenceShape = v.object({
  acceptedDomains: v.optional(
    v.object({
      ...origin,
      format: structuredFormat,
      domains: v.pipe(v.array(acceptedDomainSchema), v.maxLength(evidenceLimits.acceptedDomains)),
      truncated: names(evidenceLimits.truncated),
      matchSubDomainsKnown: v.boolean(),
      /** How many the input had, when the budget kept fewer. */
      total: v.optional(count),
    }),
  ),
  sending: v.optional(
    v.object({
      ...origin,
      format: sendingFormat,
      rows: count,
      timeZone: v.optional(name),
      /** How many sender domains the input had; `domains` keeps the busiest. */
      domainCount: count,
      domains: v.pipe(v.array(sendingDomainSchema), v.maxLength(evidenceLimits.sendingDomains)),
    }),
  ),
  connectors: v.optional(
    v.object({
      ...origin,
      format: structuredFormat,
      connectors: v.pipe(v.array(connectorSchema), v.maxLength(evidenceLimits.connectors)),
      truncated: names(evidenceLimits.truncated),
      /** How many the input had, when the budget kept fewer (or shortened their address lists). */
      total: v.optional(count),
      /** The budget kept only the first addresses of some connectors: counts of addresses are lower bounds. */
      addressesTrimmed: v.optional(v.boolean()),
    }),
  ),
  /** The admin's verdict on each connector, by its key (Guid, else lower-case name). */
  connectorMarks: v.optional(
    v.pipe(
      v.record(name, v.object({ mark: v.picklist(['ours', 'removed']), changedAt: time })),
      v.check((marks) => Object.keys(marks).length <= evidenceLimits.connectors, 'Too many connector marks'),
    ),
  ),
  /** The 5.7.705 analysis of a message trace, worked out with the accepted domains read at `acceptedAt`. */
  traffic: v.optional(
    v.object({
      ...origin,
      format: sendingFormat,
      rows: count,
      timeZone: v.optional(name),
      acceptedAt: time,
      report: trafficReportSchema,
    }),
  ),
  /** The admin's word on each flagged sender, by address: secured (password reset, sessions revoked…) or legitimate. */
  senderMarks: v.optional(
    v.pipe(
      v.record(name, v.object({ mark: v.picklist(['secured', 'legitimate']), changedAt: time })),
      v.check((marks) => Object.keys(marks).length <= evidenceLimits.senderMarks, 'Too many sender marks'),
    ),
  ),
  /** When the first bounce arrived, as the admin said, for a case without a recorded bounce time. */
  firstBounceAt: v.optional(time),
});
export const evidenceSchema = v.pipe(
  evidenceShape,
  v.check((evidence) => JSON.stringify(evidence).length <= evidenceLimits.json, 'Evidence over its size budget'),
);
export type CaseEvidence = v.InferOutput<typeof evidenceSchema>;
export type AcceptedDomainEvidence = NonNullable<CaseEvidence['acceptedDomains']>;
export type SendingEvidence = NonNullable<CaseEvidence['sending']>;
export type ConnectorEvidence = NonNullable<CaseEvidence['connectors']>;
export type ConnectorMark = 'ours' | 'removed';
export type TrafficEvidence = NonNullable<CaseEvidence['traffic']>;
export type SenderMark = 'secured' | 'legitimate';
