// Sending statistics written compactly, for the readers' and the rules' tests alike.
import type { SendingDomainStats, Tally } from '../model';

/** `tallies('a', 2, 'b', 1)` is `[{ name: 'a', messages: 2 }, { name: 'b', messages: 1 }]`. */
export function tallies(...pairs: (string | number)[]): Tally[] {
  const list: Tally[] = [];
  for (let index = 0; index < pairs.length; index += 2) list.push({ name: String(pairs[index]), messages: Number(pairs[index + 1]) });
  return list;
}

/** Stats of a domain: zero and empty unless given. */
export const stats = (domain: string, fields: Partial<SendingDomainStats>): SendingDomainStats => ({
  domain,
  messages: 0,
  recipients: 0,
  senders: [],
  senderCount: 0,
  sourceIps: [],
  sourceIpCount: 0,
  connectors: [],
  recipientDomains: [],
  recipientDomainOthers: 0,
  inboundMessages: 0,
  outboundMessages: 0,
  ...fields,
});
