// The SenderIPAddresses of a connector, measured: how many addresses it lets relay and from how many unrelated
// networks. Exchange Online takes single IPv4 addresses, CIDR /24 to /32 and `a-b` ranges, and no IPv6
// (New-InboundConnector), so anything wider than a /24 means the data is odd, and IPv6 entries are kept uncounted.

export type IpEntryKind = 'address' | 'cidr' | 'range';

export interface Ipv4Block {
  kind: IpEntryKind;
  /** First and last address as unsigned 32-bit numbers. */
  first: number;
  last: number;
}

export type SpecialUse = 'this-network' | 'private' | 'shared' | 'loopback' | 'link-local' | 'protocol' | 'documentation' | 'relay-anycast' | 'benchmarking' | 'multicast' | 'reserved';

export interface IpRangeSummary {
  /** Distinct IPv4 addresses covered, overlaps counted once. */
  addresses: number;
  /** IPv4 entries counted. */
  ranges: number;
  /** Distinct /16 networks touched: entries in different /16s belong to unrelated networks. */
  networks: number;
  /** The first few of those networks, `192.0.0.0/16`. */
  networkPrefixes: string[];
  /** Entries wider than a /24, which Exchange Online would not accept. */
  wide: string[];
  /** Entries touching private or reserved space (IANA special-purpose registry), which never send from the internet. */
  special: { entry: string; use: SpecialUse }[];
  ipv6: string[];
  invalid: string[];
}

export const MAX_NETWORK_PREFIXES = 20;
const BLOCK_24 = 256;
const SIZE_16 = 65_536;

const OCTETS = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseIpv4(text: string): number | undefined {
  const match = OCTETS.exec(text.trim());
  if (!match) return undefined;
  const octets = match.slice(1).map(Number);
  // Leading zeros read as octal in some tools (010 = 8): refuse rather than guess.
  if (octets.some((octet) => octet > 255) || match.slice(1).some((part) => part.length > 1 && part.startsWith('0'))) return undefined;
  return octets.reduce((value, octet) => value * 256 + octet, 0);
}

export const formatIpv4 = (value: number) => [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');

/** A single address, CIDR block or `a.b.c.d-e.f.g.h` range; undefined for anything else (IPv6 included). */
export function parseIpv4Block(text: string): Ipv4Block | undefined {
  const entry = text.trim();
  const cidr = /^([\d.]+)\/(\d{1,2})$/.exec(entry);
  if (cidr) {
    const address = parseIpv4(cidr[1] ?? '');
    const prefix = Number(cidr[2]);
    if (address === undefined || prefix > 32) return undefined;
    const size = 2 ** (32 - prefix);
    const first = Math.floor(address / size) * size;
    return { kind: 'cidr', first, last: first + size - 1 };
  }
  const range = /^([\d.]+)\s*-\s*([\d.]+)$/.exec(entry);
  if (range) {
    const first = parseIpv4(range[1] ?? '');
    const last = parseIpv4(range[2] ?? '');
    return first === undefined || last === undefined || last < first ? undefined : { kind: 'range', first, last };
  }
  const address = parseIpv4(entry);
  return address === undefined ? undefined : { kind: 'address', first: address, last: address };
}

const SPECIAL_BLOCKS: readonly (readonly [string, SpecialUse])[] = [
  ['0.0.0.0/8', 'this-network'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'shared'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'protocol'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', 'relay-anycast'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
];

const SPECIAL = SPECIAL_BLOCKS.flatMap(([cidr, use]) => {
  const block = parseIpv4Block(cidr);
  return block ? [{ ...block, use }] : [];
});

export function specialUseOf(block: Ipv4Block): SpecialUse | undefined {
  return SPECIAL.find((special) => block.first <= special.last && block.last >= special.first)?.use;
}

/** Merges overlapping or adjacent [first, last] spans, sorted by start. */
function merged(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((left, right) => left[0] - right[0]);
  const out: [number, number][] = [];
  for (const [first, last] of sorted) {
    const previous = out.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else out.push([first, last]);
  }
  return out;
}

export function summariseIpRanges(entries: readonly string[]): IpRangeSummary {
  const summary: IpRangeSummary = { addresses: 0, ranges: 0, networks: 0, networkPrefixes: [], wide: [], special: [], ipv6: [], invalid: [] };
  const blocks: Ipv4Block[] = [];
  for (const text of entries) {
    const entry = text.trim();
    if (entry === '') continue;
    const block = parseIpv4Block(entry);
    if (!block) {
      (entry.includes(':') ? summary.ipv6 : summary.invalid).push(entry);
      continue;
    }
    blocks.push(block);
    if (block.last - block.first + 1 > BLOCK_24) summary.wide.push(entry);
    const use = specialUseOf(block);
    if (use) summary.special.push({ entry, use });
  }
  summary.ranges = blocks.length;
  const spans = merged(blocks.map((block) => [block.first, block.last] as const));
  summary.addresses = spans.reduce((total, [first, last]) => total + last - first + 1, 0);
  const networks = merged(spans.map(([first, last]) => [Math.floor(first / SIZE_16), Math.floor(last / SIZE_16)] as const));
  summary.networks = networks.reduce((total, [first, last]) => total + last - first + 1, 0);
  for (const [first, last] of networks) {
    for (let network = first; network <= last && summary.networkPrefixes.length < MAX_NETWORK_PREFIXES; network += 1) summary.networkPrefixes.push(`${formatIpv4(network * SIZE_16)}/16`);
  }
  return summary;
}
