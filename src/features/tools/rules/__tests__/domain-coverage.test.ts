import { describe, expect, it } from 'vitest';
import type { AcceptedDomain } from '../../model';
import { acceptedDomainCoverage, isOtherOrganisationsMail } from '../domain-coverage';
import { domainStats } from './sending-fixtures';

const contoso: AcceptedDomain = { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: false };
const northwind: AcceptedDomain = { domain: 'northwindtraders.com', type: 'InternalRelay', matchSubDomains: true };

describe('acceptedDomainCoverage', () => {
  it('accepts an exact match whatever its case or trailing dot', () => {
    const coverage = acceptedDomainCoverage([contoso], true);
    expect(coverage('Contoso.COM')).toEqual({ status: 'accepted', entry: contoso });
    expect(coverage('contoso.com.')).toEqual({ status: 'accepted', entry: contoso });
    expect(acceptedDomainCoverage([{ domain: 'CONTOSO.com' }], false)('contoso.com').status).toBe('accepted');
  });

  it('covers the domain and every subdomain of a `*.` entry', () => {
    const wildcard: AcceptedDomain = { domain: '*.fabrikam.example', type: 'Authoritative' };
    const coverage = acceptedDomainCoverage([wildcard], true);
    expect(coverage('mail.eu.fabrikam.example')).toEqual({ status: 'subdomain-rule', entry: wildcard });
    expect(coverage('fabrikam.example')).toEqual({ status: 'accepted', entry: wildcard });
    expect(coverage('notfabrikam.example')).toEqual({ status: 'not-accepted' });
  });

  it('lets an InternalRelay parent with MatchSubDomains cover subdomains, never an Authoritative one', () => {
    const authoritativeWithFlag: AcceptedDomain = { domain: 'contoso.com', type: 'Authoritative', matchSubDomains: true };
    const relayWithoutFlag: AcceptedDomain = { domain: 'fabrikam.example', type: 'InternalRelay', matchSubDomains: false };
    const coverage = acceptedDomainCoverage([authoritativeWithFlag, northwind, relayWithoutFlag], true);
    expect(coverage('crm.sales.northwindtraders.com')).toEqual({ status: 'subdomain-rule', entry: northwind });
    expect(coverage('sales.contoso.com')).toEqual({ status: 'not-accepted', entry: authoritativeWithFlag });
    expect(coverage('sales.fabrikam.example')).toEqual({ status: 'not-accepted', entry: relayWithoutFlag });
    expect(coverage('northwindtraders.com.example')).toEqual({ status: 'not-accepted' });
  });

  it('takes MatchSubDomains true without a type for a relay domain (Exchange allows it on no other type)', () => {
    const untyped: AcceptedDomain = { domain: 'contoso.com', matchSubDomains: true };
    expect(acceptedDomainCoverage([untyped], true)('sales.contoso.com')).toEqual({ status: 'subdomain-rule', entry: untyped });
  });

  it('cannot decide a subdomain from table or list input without MatchSubDomains, unless the parent is Authoritative', () => {
    const relay: AcceptedDomain = { domain: 'northwindtraders.com', type: 'InternalRelay' };
    const listed: AcceptedDomain = { domain: 'fabrikam.example' };
    const authoritative: AcceptedDomain = { domain: 'contoso.com', type: 'Authoritative' };
    const coverage = acceptedDomainCoverage([relay, listed, authoritative], false);
    expect(coverage('sales.northwindtraders.com')).toEqual({ status: 'unknown', entry: relay });
    expect(coverage('sales.fabrikam.example')).toEqual({ status: 'unknown', entry: listed });
    expect(coverage('sales.contoso.com')).toEqual({ status: 'not-accepted', entry: authoritative });
    // With the column known, a missing value is Exchange's default: false.
    expect(acceptedDomainCoverage([relay], true)('sales.northwindtraders.com')).toEqual({ status: 'not-accepted', entry: relay });
  });

  it('names the nearest accepted parent of a domain it does not cover', () => {
    const parent: AcceptedDomain = { domain: 'contoso.com', type: 'Authoritative' };
    const nearer: AcceptedDomain = { domain: 'eu.contoso.com', type: 'Authoritative' };
    expect(acceptedDomainCoverage([parent, nearer], true)('mail.eu.contoso.com')).toEqual({ status: 'not-accepted', entry: nearer });
  });

  it('treats the empty sender as not accepted', () => {
    expect(acceptedDomainCoverage([contoso], true)('')).toEqual({ status: 'not-accepted' });
  });
});

describe('isOtherOrganisationsMail', () => {
  const coverage = acceptedDomainCoverage([contoso, northwind], true);

  it('goes by the direction the input gives', () => {
    expect(isOtherOrganisationsMail(domainStats('tailspintoys.example', { messages: 4, inboundMessages: 4 }), coverage)).toBe(true);
    expect(isOtherOrganisationsMail(domainStats('tailspintoys.example', { messages: 4, inboundMessages: 3, outboundMessages: 1 }), coverage)).toBe(false);
    // Direction wins over recipients: relayed mail to our own people is still ours when the input says Originating.
    const originating = domainStats('tailspintoys.example', { messages: 2, outboundMessages: 2, recipientDomains: [{ name: 'contoso.com', messages: 2 }] });
    expect(isOtherOrganisationsMail(originating, coverage)).toBe(false);
  });

  it('without direction, needs every recipient domain to be accepted or covered', () => {
    const toUs = domainStats('tailspintoys.example', { recipientDomains: [{ name: 'contoso.com', messages: 3 }, { name: 'eu.northwindtraders.com', messages: 1 }] });
    expect(isOtherOrganisationsMail(toUs, coverage)).toBe(true);
    const mixed = domainStats('tailspintoys.example', { recipientDomains: [{ name: 'contoso.com', messages: 3 }, { name: 'litware.example', messages: 1 }] });
    expect(isOtherOrganisationsMail(mixed, coverage)).toBe(false);
    const more = domainStats('tailspintoys.example', { recipientDomains: [{ name: 'contoso.com', messages: 3 }], recipientDomainOthers: 2 });
    expect(isOtherOrganisationsMail(more, coverage)).toBe(false);
    expect(isOtherOrganisationsMail(domainStats('tailspintoys.example'), coverage)).toBe(false);
  });
});
