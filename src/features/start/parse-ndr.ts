// Finds enhanced status codes (RFC 3463) and the facts around them in whatever an admin pastes: a bare code, an SMTP
// reply line, an Exchange Online NDR (in any language), a DSN, a raw .eml, or a log line. Pure; no DOM.
import { isCode, type Code } from '../../config/flow';
import { decodeEncodedWords, readableTexts } from './mime-text';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
const MAX_FIELD = 200;
const MAX_DIAGNOSTIC = 300;

export interface NdrDetails {
  /** Every status code found, covered or not, in order of appearance. */
  allCodes: string[];
  recipients: string[];
  reportingServer?: string;
  generatingServer?: string;
  /** As written in the message. */
  date?: string;
  sender?: string;
  subject?: string;
  /** The status line, e.g. "550 5.7.750 Service unavailable. Client blocked …". */
  diagnostic?: string;
}

export type NdrOutcome =
  | { kind: 'covered'; code: Code; details: NdrDetails }
  | { kind: 'several'; codes: Code[]; details: NdrDetails }
  | { kind: 'uncovered-family'; codes: string[]; details: NdrDetails }
  | { kind: 'other'; codes: string[]; details: NdrDetails }
  | { kind: 'nothing' }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'binary' };

// Not part of a longer dotted number: rules out IP addresses (10.5.7.750), versions (15.20.7452.28) and dates.
const CODE = String.raw`(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d)`;
/** The 5.7.7xx family is specific enough to trust anywhere in the text. */
const FAMILY = new RegExp(String.raw`(?<![\d.])(5\.7\.7\d\d)(?![\d]|\.\d)`, 'g');
/** Other codes only where a status code is written: after an SMTP reply code, "Status:", "#" or a quote. */
const IN_STATUS_POSITION = new RegExp(
  String.raw`(?:\b[245]\d\d[ \-]+|Status:[ \t]*|Diagnostic-Code:[^\n]{0,80}?|#|\[Stage:[^\]]{0,40}\][ \t]*)${CODE}`,
  'gi',
);

export function utf8Length(input: string): number {
  // Counting bytes without allocating a 5 MB buffer: each UTF-16 unit is at most 3 bytes of UTF-8.
  if (input.length * 3 <= MAX_INPUT_BYTES) return input.length * 3;
  let bytes = 0;
  for (let index = 0; index < input.length; index += 1) {
    const unit = input.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 2 : 3;
  }
  return bytes;
}

/** Text with NUL bytes, or mostly control characters, is not a bounce. */
export function looksBinary(input: string): boolean {
  const sample = input.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.1;
}

const clip = (value: string | undefined, length = MAX_FIELD): string | undefined => {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  return trimmed.length > length ? `${trimmed.slice(0, length - 1)}…` : trimmed;
};

function findCodes(text: string): string[] {
  const found: { code: string; at: number }[] = [];
  for (const match of text.matchAll(FAMILY)) found.push({ code: match[1] ?? '', at: match.index });
  for (const match of text.matchAll(IN_STATUS_POSITION)) found.push({ code: match[1] ?? '', at: match.index });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((entry) => entry.code))];
}

const SERVICE_SENDER = /^(postmaster|mailer-daemon|microsoftexchange[\w]*)@/i;

function header(text: string, name: string, which: 'first' | 'last' = 'first'): string | undefined {
  const matches = [...text.matchAll(new RegExp(`^${name}:[ \\t]*([^\\r\\n]*(?:\\r?\\n[ \\t][^\\r\\n]*)*)`, 'gim'))];
  const match = which === 'first' ? matches[0] : matches.at(-1);
  return match?.[1] ? decodeEncodedWords(match[1].replace(/\r?\n[ \t]+/g, ' ')) : undefined;
}

function findRecipients(text: string): string[] {
  const recipients = new Set<string>();
  for (const match of text.matchAll(/^(?:Final|Original)-Recipient:[ \t]*rfc822;[ \t]*<?([^\s>]+)/gim)) {
    if (match[1]) recipients.add(match[1].toLowerCase());
  }
  // Exchange Online NDRs put the address on the line right before the status line ("Remote Server returned …").
  for (const match of text.matchAll(/([^\s<>"'(),;:]+@[^\s<>"'(),;:]+)[ \t]*>?[ \t]*\r?\n[^\n]{0,120}?[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}/g)) {
    if (match[1]) recipients.add(match[1].toLowerCase());
  }
  for (const match of text.matchAll(/(?:Your message to|メッセージを)\s+<?([^\s<>]+@[^\s<>]+?)>?\s+(?:couldn't|could not|に配信|は配信)/gi)) {
    if (match[1]) recipients.add(match[1].toLowerCase());
  }
  return [...recipients].filter((address) => /^[^@]{1,64}@[^@]+\.[^@]+$/.test(address)).slice(0, 50);
}

function findDiagnostic(text: string, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const escaped = code.replace(/\./g, '\\.');
  const line = new RegExp(`([245]\\d\\d[ -]+${escaped}[^\\n'"\\]]*)`).exec(text)?.[1] ?? new RegExp(`(${escaped}[^\\n'"]*)`).exec(text)?.[1];
  return clip(line?.replace(/\s*\[[^\]]*$/, ''), MAX_DIAGNOSTIC);
}

function findDetails(texts: string[], codes: string[]): NdrDetails {
  const all = texts.join('\n');
  const firstCovered = codes.find(isCode) ?? codes[0];
  const sender = [...all.matchAll(/^From:[ \t]*([^\r\n]+)/gim)]
    .map((match) => decodeEncodedWords(match[1] ?? ''))
    .find((value) => !SERVICE_SENDER.test(/[^\s<]+@[^\s>]+/.exec(value)?.[0] ?? value));
  return {
    allCodes: codes,
    recipients: findRecipients(all),
    reportingServer: clip(/^Reporting-MTA:[ \t]*(?:dns;)?[ \t]*([^\r\n]+)/im.exec(all)?.[1]),
    generatingServer: clip(
      /(?:Generating server|生成サーバー|產生伺服器|產生的伺服器|Erzeugender Server|Serveur de génération)[ \t]*[:：][ \t]*([^\s]+)/i.exec(all)?.[1],
    ),
    date: clip(header(all, 'Arrival-Date') ?? header(all, 'Date')),
    sender: clip(sender),
    subject: clip(header(all, 'Subject')),
    diagnostic: findDiagnostic(all, firstCovered),
  };
}

/** Drops empty optional fields so the details carry only what the bounce said. */
function compact(details: NdrDetails): NdrDetails {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)) as unknown as NdrDetails;
}

export function parseNdr(input: string): NdrOutcome {
  const bytes = utf8Length(input);
  if (bytes > MAX_INPUT_BYTES) return { kind: 'too-large', bytes };
  if (looksBinary(input)) return { kind: 'binary' };
  const trimmed = input.trim();
  // The document itself says the codes "usually come in as 705 or 750".
  if (trimmed === '705' || trimmed === '750') {
    const code: Code = trimmed === '705' ? '5.7.705' : '5.7.750';
    return { kind: 'covered', code, details: { allCodes: [code], recipients: [] } };
  }
  const texts = readableTexts(input.replace(/\r\n?/g, '\n'));
  const codes = [...new Set(texts.flatMap(findCodes))];
  // A bare code on its own ("5.1.1") is a status code even without an SMTP reply around it.
  if (codes.length === 0 && /^[245]\.\d{1,3}\.\d{1,3}$/.test(trimmed)) codes.push(trimmed);
  if (codes.length === 0) return { kind: 'nothing' };
  const details = compact(findDetails(texts, codes));
  const covered = codes.filter(isCode);
  if (covered.length === 1 && covered[0]) return { kind: 'covered', code: covered[0], details };
  if (covered.length > 1) return { kind: 'several', codes: covered, details };
  const family = codes.filter((code) => code.startsWith('5.7.7'));
  if (family.length > 0) return { kind: 'uncovered-family', codes: family, details };
  return { kind: 'other', codes, details };
}
