// Writes an invented historical search "Enhanced summary" report (Start-HistoricalSearch -ReportType MessageTrace) the
// size of a real one: UTF-16LE without a byte order mark, as the admin center delivers it, about 1 KB a row. The tenant
// is contoso.com; a few unregistered domains come in through an inbound connector named "Inbound Relay", as in a
// relay abuse that ends in 5.7.750. Addresses are RFC 5737. Deterministic: the same arguments give the same bytes.
//
//   npx tsx scripts/generate-enhanced-summary.ts --rows 100000 --out /tmp/enhanced.csv [--bom]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const HEADER = [
  'origin_timestamp_utc',
  'sender_address',
  'recipient_status',
  'message_subject',
  'total_bytes',
  'message_id',
  'network_message_id',
  'original_client_ip',
  'directionality',
  'connector_id',
  'delivery_priority',
];

const STAFF = ['alex.w', 'm.chen', 'a.kovacs', 'r.okafor', 'j.tanaka', 'l.moreau', 'p.silva', 'd.novak', 'h.lee', 's.ivanova'];
const EXTERNAL = ['adatum.example', 'litware.example', 'wingtiptoys.example', 'fabrikamfiber.example', 'cpandl.example', 'tailspintoys.example'];
const FREEMAIL = ['gmail.example', 'outlook.example', 'uol.example', 'seznam.example', 'mail.example', 'yahoo.example', 'web.example'];
const UNREGISTERED = ['secure-billing.example', 'prize-center.example', 'sales.contoso.com', 'invoice-notify.example'];
const SUBJECTS = [
  'Invoice INV-2026-{n} overdue - action required before the end of the billing period',
  'Q4 forecast, revised figures for the "north" region and the consolidated summary for the board pack',
  'Shared document: Q4 Payment Advice (remittance {n}, please review and confirm receipt)',
  'Weekly deals: 20% off this weekend on selected items, free shipping on orders over 50',
  'Daily pipeline digest for the sales team, opportunities updated in the last 24 hours',
  'Action required: verify your payment details within 24 hours to avoid suspension of account {n}',
  'Meeting notes - project Falcon, follow-ups and owners, next review scheduled for Thursday',
  'Your parcel {n} is waiting for delivery confirmation, click to choose a delivery slot',
];
const PREFIXES = ['', '', '', 'RE: ', 'FW: ', 'RE: RE: ', '[EXTERNAL] '];
const HYBRID_CONNECTOR = 'Inbound from 6f8a2c1e-4b7d-4e0a-9c3f-2d1e8b7a6c5f';
const SYSTEM_SENDER = 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com';

/** mulberry32: small, fast, and the same sequence everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (value: string): string => `"${value.replaceAll('"', '""')}"`;

function rowWriter(random: () => number): (index: number, rows: number) => string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const hex = (length: number): string => Array.from({ length }, () => '0123456789abcdef'[between(0, 15)]).join('');
  const guid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  const recipients = (count: number, domains: readonly string[], status: () => string): string =>
    Array.from({ length: count }, () => `${pick(['info', 'ap', 'j.doe', 'sales', 'buyer', 'office', 'n.ahmed'])}${between(1, 999)}@${pick(domains)}##Receive, ${status()}`).join(';');
  const start = Date.UTC(2026, 10, 10);
  const span = 10 * 86_400_000;

  return (index, rows) => {
    const time = new Date(start + Math.floor((index / rows) * span) + between(0, 999)).toISOString();
    const kind = random();
    const subject = pick(PREFIXES) + pick(SUBJECTS).replace('{n}', String(between(1000, 9999)));
    let sender: string;
    let recipientStatus: string;
    let ip: string;
    let direction = 'Originating';
    let connector = '';
    if (kind < 0.45) {
      sender = `${pick(STAFF)}@contoso.com`;
      recipientStatus = recipients(between(3, 8), EXTERNAL, () => pick(['Send', 'Send', 'Send', 'Fail']));
      ip = pick(['192.0.2.77', '203.0.113.10']);
    } else if (kind < 0.7) {
      sender = `${pick(['newsletter', 'billing', 'noreply', 'support'])}@${pick(EXTERNAL)}`;
      recipientStatus = recipients(between(1, 5), ['contoso.com'], () => 'Deliver');
      ip = `198.51.100.${between(1, 254)}`;
      direction = 'Incoming';
    } else if (kind < 0.85) {
      sender = `${pick(['support', 'billing', 'alerts', 'no-reply'])}@${pick(UNREGISTERED)}`;
      recipientStatus = recipients(between(4, 10), FREEMAIL, () => pick(['Send', 'Fail', 'Fail']));
      ip = `192.0.2.${between(14, 16)}`;
      connector = 'Inbound Relay';
    } else if (kind < 0.9) {
      sender = `app${between(1, 3)}@northwindtraders.example`;
      recipientStatus = recipients(between(1, 3), EXTERNAL, () => 'Send');
      ip = '203.0.113.25';
      connector = HYBRID_CONNECTOR;
    } else if (kind < 0.95) {
      sender = random() < 0.5 ? '' : SYSTEM_SENDER;
      recipientStatus = recipients(1, ['contoso.com', ...UNREGISTERED], () => 'Deliver');
      ip = '';
    } else {
      sender = `${pick(STAFF)}@contoso.com`;
      recipientStatus = recipients(between(1, 5), ['contoso.com', 'adventure-works.example'], () => 'Deliver');
      ip = '192.0.2.77';
    }
    const domain = sender.split('@')[1] ?? 'contoso.onmicrosoft.com';
    const messageId = `<${hex(20)}.${between(1000, 9999)}@${domain}>`;
    return [time, sender, recipientStatus, subject, String(between(4_000, 90_000)), messageId, guid(), ip, direction, connector, 'Normal']
      .map(quote)
      .join(',');
  };
}

/** Writes `rows` rows (plus the header) to `path`. */
export async function writeEnhancedSummary(path: string, rows: number, options: { bom?: boolean; seed?: number } = {}): Promise<void> {
  const out = createWriteStream(path);
  const random = seededRandom(options.seed ?? 705);
  const row = rowWriter(random);
  if (options.bom) out.write(Buffer.from([0xff, 0xfe]));
  let batch = [HEADER.map(quote).join(',')];
  for (let index = 0; index < rows; index += 1) {
    batch.push(row(index, rows));
    if (batch.length === 2000 || index === rows - 1) {
      if (!out.write(Buffer.from(`${batch.join('\r\n')}\r\n`, 'utf16le'))) await once(out, 'drain');
      batch = [];
    }
  }
  if (rows === 0) out.write(Buffer.from(`${batch.join('\r\n')}\r\n`, 'utf16le'));
  out.end();
  await once(out, 'finish');
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > -1 ? process.argv[index + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rows = Number(option('rows') ?? 100_000);
  const out = resolve(option('out') ?? 'enhanced-summary.csv');
  if (!Number.isInteger(rows) || rows < 0) throw new Error('--rows takes a whole number');
  await writeEnhancedSummary(out, rows, { bom: process.argv.includes('--bom') });
  console.log(`${out}: ${rows} rows`);
}
