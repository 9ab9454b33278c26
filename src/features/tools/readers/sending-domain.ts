// Sender and recipient addresses as the tallies key them. Domains follow the model's rule (lower case, no trailing
// dot, IDN in punycode); the empty envelope sender `<>` of NDRs and auto-replies has the domain ''. Unlike
// domain-name.ts, which refuses what is not a domain (settings must be exact), every row here is counted: an odd
// sender is still mail that was sent, and is tallied as written.

/** An address or a domain: lower case, without `<>`, an `smtp:` prefix or white space around it. */
export function normaliseAddress(value: string): string {
  let text = value.trim();
  if (text.length === 0) return '';
  if (text.charCodeAt(0) === 0x3c /* < */ && text.charCodeAt(text.length - 1) === 0x3e /* > */) text = text.slice(1, -1).trim();
  if (text.length > 5 && text.slice(0, 5).toLowerCase() === 'smtp:') text = text.slice(5);
  return text.toLowerCase();
}

/** A domain as the model keeps it; `xn--` labels from IDN through the URL parser, which applies UTS #46. */
export function normaliseDomain(value: string): string {
  let domain = normaliseAddress(value);
  while (domain.endsWith('.')) domain = domain.slice(0, -1);
  // eslint-disable-next-line no-control-regex -- the test is for anything outside ASCII
  if (!/[^\u0000-\u007f]/.test(domain)) return domain;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return domain;
  }
}

/** The domain of an address ('' for `<>`, an empty cell or a value with nothing after its `@`). */
export function domainOfAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : normaliseDomain(address.slice(at + 1));
}

const ADDRESS = /^<?(?:smtp:)?[^\s@,;<>"]{1,64}@[^\s@,;<>"]{1,253}>?$/i;
// The last label starts with a letter: top-level domains are alphabetic (or xn--), so `5.7.750` is not a domain.
const DOMAIN = /^(?:\*\.)?[\p{L}\p{N}_-]{1,63}(?:\.[\p{L}\p{N}_-]{1,63})*\.\p{L}[\p{L}\p{N}-]{0,62}\.?$/u;

/** True for a line of a plain list of senders: an address, `<>`, or a domain name. */
export function looksLikeSender(value: string): boolean {
  const text = value.trim();
  return text === '<>' || ADDRESS.test(text) || DOMAIN.test(text);
}
