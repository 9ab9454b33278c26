import { describe, expect, it } from 'vitest';
import type { AcceptedDomain, InboundConnector } from '../../model';
import { reviewConnectors, type ConnectorReview } from '../connector-review';
import { inboundConnector } from './sending-fixtures';

const NOW = '2026-11-22T12:00:00Z';
const BOUNCE = '2026-11-20T07:41:03Z';
const accepted: AcceptedDomain[] = [{ domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false }];

/** null: no bounce date known. */
function review(connector: InboundConnector, firstBounceUtc: string | null = BOUNCE): ConnectorReview {
  const [only] = reviewConnectors(firstBounceUtc === null ? { connectors: [connector], acceptedDomains: accepted, now: NOW } : { connectors: [connector], acceptedDomains: accepted, firstBounceUtc, now: NOW });
  if (!only) throw new Error('no review');
  return only;
}

const codes = (connector: InboundConnector, firstBounceUtc: string | null = BOUNCE) => review(connector, firstBounceUtc).reasons.map((reason) => `${reason.code}:${reason.severity}`);
const onPremises = (fields: Partial<InboundConnector> = {}) => inboundConnector('Relay for the Osaka office scanners', { type: 'OnPremises', source: 'AdminUI', enabled: true, tlsSenderCertificateName: 'mail.contoso.com', ...fields });
const partner = (fields: Partial<InboundConnector> = {}) => inboundConnector('Litware invoices', { type: 'Partner', source: 'AdminUI', enabled: true, senderDomains: ['litware.example'], ...fields });

describe('connector reasons', () => {
  it('finds nothing in a well-described on-premises connector identified by an accepted certificate', () => {
    expect(codes(onPremises())).toEqual([]);
    expect(review(onPremises()).verdict).toBe('expected');
  });

  it('recent: created or changed within 14 days before the first bounce, or after it', () => {
    expect(review(onPremises({ whenCreatedUtc: '2026-11-18T02:14:09Z' })).reasons).toEqual([{ code: 'recent', severity: 'high', event: 'created', days: 2, after: false, bounceDateKnown: true }]);
    expect(review(onPremises({ whenCreatedUtc: '2026-06-01T00:00:00Z', whenChangedUtc: '2026-11-06T07:41:03Z' })).reasons).toEqual([{ code: 'recent', severity: 'high', event: 'changed', days: 14, after: false, bounceDateKnown: true }]);
    expect(review(onPremises({ whenCreatedUtc: '2026-11-21T10:00:00Z' })).reasons).toEqual([{ code: 'recent', severity: 'high', event: 'created', days: 1, after: true, bounceDateKnown: true }]);
    expect(codes(onPremises({ whenCreatedUtc: '2026-06-01T00:00:00Z', whenChangedUtc: '2026-11-06T07:41:02Z' }))).toEqual([]);
    expect(codes(partner({ whenCreatedUtc: '2026-11-18T02:14:09Z' }))).toEqual([]);
  });

  it('recent: measured from now, and says so, when the bounce date is not known', () => {
    expect(review(onPremises({ whenCreatedUtc: '2026-11-12T00:00:00' }), null).reasons).toEqual([{ code: 'recent', severity: 'high', event: 'created', days: 10, after: false, bounceDateKnown: false }]);
    expect(codes(onPremises({ whenCreatedUtc: '2026-11-01T00:00:00Z' }), null)).toEqual([]);
  });

  it('made-by-script: high when on-premises and recent, medium on-premises, info for Partner; Migrated is info', () => {
    expect(codes(onPremises({ source: 'Default', whenCreatedUtc: '2026-11-18T02:14:09Z' }))).toEqual(['recent:high', 'made-by-script:high']);
    expect(codes(onPremises({ source: 'Default' }))).toEqual(['made-by-script:medium']);
    expect(codes(partner({ source: 'Default' }))).toEqual(['made-by-script:info']);
    expect(codes(onPremises({ source: 'Migrated' }))).toEqual(['migrated:info']);
    expect(codes(onPremises({ source: 'HybridWizard' }))).toEqual([]);
  });

  it('ip-only: medium for one /24, high past 256 addresses or in unrelated networks', () => {
    const ipOnly = (senderIpAddresses: string[]) => review(onPremises({ tlsSenderCertificateName: '', senderIpAddresses })).reasons;
    expect(ipOnly(['192.0.2.0/24'])).toEqual([{ code: 'ip-only', severity: 'medium', addresses: 256, networks: 1, ranges: 1, wide: [] }]);
    expect(ipOnly(['192.0.2.0/24', '203.0.113.0/24'])).toEqual([{ code: 'ip-only', severity: 'high', addresses: 512, networks: 2, ranges: 2, wide: [] }]);
    expect(ipOnly(['192.0.2.0/23'])).toEqual([{ code: 'ip-only', severity: 'high', addresses: 512, networks: 1, ranges: 1, wide: ['192.0.2.0/23'] }]);
    expect(codes(onPremises({ senderIpAddresses: ['192.0.2.0/24'] }))).toEqual([]);
    expect(codes(partner({ senderIpAddresses: ['192.0.2.0/24', '203.0.113.0/24'] }))).toEqual([]);
  });

  it('treat-as-internal: high when on', () => {
    expect(codes(onPremises({ treatMessagesAsInternal: true }))).toEqual(['treat-as-internal:high']);
    expect(codes(onPremises({ treatMessagesAsInternal: false }))).toEqual([]);
  });

  it('cloud-services-not-hybrid: medium unless the Hybrid Configuration Wizard made it', () => {
    expect(review(onPremises({ cloudServicesMailEnabled: true })).reasons).toEqual([{ code: 'cloud-services-not-hybrid', severity: 'medium', source: 'AdminUI' }]);
    expect(codes(onPremises({ cloudServicesMailEnabled: true, source: 'HybridWizard' }))).toEqual([]);
    expect(codes(onPremises({ cloudServicesMailEnabled: false }))).toEqual([]);
  });

  it('certificate-outside-accepted: the certificate domain, wildcard stripped, not within an accepted domain', () => {
    expect(review(onPremises({ tlsSenderCertificateName: '*.Fabrikam.example' })).reasons).toEqual([{ code: 'certificate-outside-accepted', severity: 'medium', certificateDomain: 'fabrikam.example' }]);
    expect(review(onPremises({ tlsSenderCertificateName: '<I>CN=Example CA<S>CN=relay.fabrikam.example, O=Fabrikam' })).reasons).toEqual([{ code: 'certificate-outside-accepted', severity: 'medium', certificateDomain: 'relay.fabrikam.example' }]);
    expect(codes(onPremises({ tlsSenderCertificateName: '*.contoso.com' }))).toEqual([]);
    expect(codes(onPremises({ tlsSenderCertificateName: 'contoso.com' }))).toEqual([]);
    expect(codes(onPremises({ tlsSenderCertificateName: 'notcontoso.com' }))).toEqual(['certificate-outside-accepted:medium']);
    expect(codes(partner({ tlsSenderCertificateName: 'mail.litware.example' }))).toEqual([]);
    const [withoutAccepted] = reviewConnectors({ connectors: [onPremises({ tlsSenderCertificateName: 'relay.fabrikam.example' })], now: NOW });
    expect(withoutAccepted?.reasons).toEqual([]);
  });

  it('disabled: low, with the verdict disabled whatever else applies', () => {
    expect(review(onPremises({ enabled: false }))).toMatchObject({ enabled: false, verdict: 'disabled', reasons: [{ code: 'disabled', severity: 'low' }], nextSteps: [] });
    expect(review(onPremises({ enabled: false, treatMessagesAsInternal: true })).verdict).toBe('disabled');
    expect(review(onPremises({ enabled: undefined })).enabled).toBe(true);
  });

  it('no-description: a generic name and comment, only beside another finding', () => {
    const anonymous = { name: 'Inbound Relay', comment: '' };
    expect(codes(onPremises({ ...anonymous, treatMessagesAsInternal: true }))).toEqual(['treat-as-internal:high', 'no-description:low']);
    expect(codes(onPremises({ name: 'New connector 2', comment: 'test', source: 'Default' }))).toEqual(['made-by-script:medium', 'no-description:low']);
    expect(codes(onPremises(anonymous))).toEqual([]);
    expect(codes(partner({ ...anonymous, source: 'Default' }))).toEqual(['made-by-script:info']);
    expect(codes(onPremises({ ...anonymous, comment: 'Scanner relay, Osaka office (ticket 4411)', treatMessagesAsInternal: true }))).toEqual(['treat-as-internal:high']);
  });

  it('any-sender-domain: `*` on an on-premises connector', () => {
    expect(codes(onPremises({ senderDomains: ['*'] }))).toEqual(['any-sender-domain:medium']);
    expect(codes(onPremises({ senderDomains: ['contoso.com'] }))).toEqual([]);
    expect(codes(partner({ senderDomains: ['*'] }))).toEqual([]);
  });

  it('Partner-only settings are no finding on on-premises connectors, and only info on Partner ones', () => {
    const off = { requireTls: false, restrictDomainsToIpAddresses: false, restrictDomainsToCertificate: false };
    expect(review(onPremises(off))).toMatchObject({ verdict: 'expected', reasons: [] });
    expect(review(partner(off))).toMatchObject({ verdict: 'expected', reasons: [{ code: 'partner-unrestricted', severity: 'info', off: ['RequireTls', 'RestrictDomainsToIPAddresses', 'RestrictDomainsToCertificate'] }] });
    expect(codes(partner({ requireTls: true, restrictDomainsToIpAddresses: true, restrictDomainsToCertificate: false }))).toEqual(['partner-unrestricted:info']);
    expect(codes(partner({ requireTls: true, restrictDomainsToIpAddresses: true, restrictDomainsToCertificate: true }))).toEqual([]);
  });

  it('type-unknown: the on-premises checks could not run', () => {
    expect(codes(inboundConnector('Inbound Relay', { source: 'Default', senderIpAddresses: ['192.0.2.0/24'] }))).toEqual(['made-by-script:medium', 'no-description:low', 'type-unknown:info']);
  });
});
