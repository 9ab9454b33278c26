// Message traces written the way Get-MessageTraceV2 | Export-Csv writes them (one row per recipient, times in UTC,
// en-US culture), built from a few lines that say who sent what when.

const HEADER = '"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size","MessageId","MessageTraceId"';

export interface TraceMessage {
  at: string;
  from: string;
  to: readonly string[];
  subject: string;
  ip: string;
  /** Status per recipient; Delivered when left out. */
  status?: (index: number) => string;
}

let serial = 0;

/** `2026-11-19T20:02:00Z` as en-US Export-Csv writes it: `11/19/2026 8:02:00 PM`. */
function culture(iso: string): string {
  const date = new Date(iso);
  const hours = date.getUTCHours();
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${String(date.getUTCMinutes()).padStart(2, '0')}:${String(date.getUTCSeconds()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
  return `${date.getUTCMonth() + 1}/${date.getUTCDate()}/${date.getUTCFullYear()} ${clock}`;
}

export function traceCsv(messages: readonly TraceMessage[]): string {
  const lines = [HEADER];
  for (const message of messages) {
    serial += 1;
    const id = `<msg${serial}@${message.from.split('@')[1] ?? 'x'}>`;
    message.to.forEach((recipient, index) => {
      const status = message.status?.(index) ?? 'Delivered';
      lines.push(
        [culture(message.at), message.from, recipient, message.subject, status, '', message.ip, '4200', id, `trace-${serial}-${index}`]
          .map((cell) => `"${cell}"`)
          .join(','),
      );
    });
  }
  return lines.join('\r\n');
}

const at = (day: number, hour: number, minute = 0) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

/** Two quiet days at Contoso: three people send a few messages each working hour, from the office IP. */
export function quietDays(): TraceMessage[] {
  const messages: TraceMessage[] = [];
  for (const day of [18, 19]) {
    for (let hour = 8; hour < 18; hour += 1) {
      messages.push(
        { at: at(day, hour, 5), from: 'alex.w@contoso.com', to: ['megan@contoso.com'], subject: `Notes ${day}-${hour}`, ip: '198.51.100.10' },
        { at: at(day, hour, 20), from: 'megan@contoso.com', to: ['partner@fabrikam.example'], subject: `Order ${day}-${hour}`, ip: '198.51.100.10' },
        { at: at(day, hour, 40), from: 'lee@contoso.com', to: ['alex.w@contoso.com', 'megan@contoso.com'], subject: `Plan ${day}-${hour}`, ip: '198.51.100.10' },
      );
    }
  }
  return messages;
}

/**
 * alex.w's mailbox taken over on the evening of the 19th: 36 messages to 39 external recipients in 34 domains from
 * 20:02 to 22:03 UTC, from 192.0.2.77, and 70 % of the deliveries failed or were filtered (the example).
 */
export function compromiseBurst(): TraceMessage[] {
  const recipients = Array.from({ length: 39 }, (_, index) => `ap${index}@victim${index % 34}.example`);
  const messages: TraceMessage[] = [];
  let next = 0;
  for (let index = 0; index < 36; index += 1) {
    const to = index < 3 ? [recipients[next++] ?? '', recipients[next++] ?? ''] : [recipients[next++] ?? recipients[index] ?? ''];
    const minute = 2 + Math.round((index * 121) / 35);
    messages.push({
      at: at(19, 20 + Math.floor(minute / 60), minute % 60),
      from: 'alex.w@contoso.com',
      to,
      subject: index % 2 === 0 ? 'Invoice INV-2026-4497 overdue - action required' : 'Shared document: Q4 Payment Advice',
      ip: '192.0.2.77',
      // 27 of the 39 deliveries fail or are filtered: 69 %, shown as 69 %; 28 would be 72 %.
      status: () => (index < 27 ? (index % 3 === 0 ? 'FilteredAsSpam' : 'Failed') : 'Delivered'),
    });
  }
  return messages;
}

/** A newsletter: one sender, one subject, 120 external recipients in one evening, almost all delivered. */
export function newsletter(): TraceMessage[] {
  return Array.from({ length: 120 }, (_, index) => ({
    at: at(19, 19, Math.floor(index / 3)),
    from: 'news@contoso.com',
    to: [`reader${index}@customers${index % 40}.example`],
    subject: 'Contoso winter catalogue',
    ip: '198.51.100.20',
    status: () => (index < 2 ? 'Failed' : 'Delivered'),
  }));
}

/** Mail the tenant received, and the service's own bounces to it. */
export function inboundAndSystem(): TraceMessage[] {
  return [
    ...Array.from({ length: 30 }, (_, index) => ({
      at: at(19, 10, index),
      from: 'promo@bulk-sender.example',
      to: [`user${index}@contoso.com`],
      subject: 'You won! Claim your prize today',
      ip: '192.0.2.201',
      status: () => 'FilteredAsSpam',
    })),
    ...Array.from({ length: 10 }, (_, index) => ({
      at: at(19, 21, index),
      from: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@contoso.onmicrosoft.com',
      to: ['alex.w@contoso.com'],
      subject: 'Undeliverable: Invoice INV-2026-4497 overdue - action required',
      ip: '',
    })),
  ];
}
