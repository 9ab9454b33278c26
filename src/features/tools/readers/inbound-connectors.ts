// Inbound connectors from Get-InboundConnector records of any format (tools-formats.md §2). Dates come from
// WhenCreatedUTC / WhenChangedUTC (WhenCreated / WhenChanged when only those are there); in Format-List they are in
// the current culture, so their day and month order is agreed for the whole input (powershell-date.ts).
import type { DateOrder, InboundConnector } from '../model';
import { domainOfValue } from './domain-value';
import {
  agreeDateOrder,
  CONNECTOR_TYPES,
  CutCell,
  dateInOrder,
  fieldsOf,
  isPlainObject,
  readBool,
  readConnectorSource,
  readEnum,
  readPowerShellDate,
  readString,
  readStringList,
  type Fields,
  type PowerShellDate,
  type PowerShellRecord,
} from './powershell-values';

export { mergeConnectorSets } from './merge-connector-sets';

export interface InboundConnectorList {
  connectors: InboundConnector[];
  dateOrder: DateOrder;
  /** When dateOrder is 'ambiguous': the same connectors with their dates read day-first. */
  dayFirst?: InboundConnector[];
}

interface ReadConnector {
  connector: InboundConnector;
  created?: PowerShellDate | undefined;
  changed?: PowerShellDate | undefined;
}

export function toInboundConnectors(records: readonly PowerShellRecord[]): InboundConnectorList {
  const read = records.map(readConnector);
  const dateOrder = agreeDateOrder(read.flatMap(({ created, changed }) => [created, changed]));
  const inOrder = (order: DateOrder): InboundConnector[] => read.map((each) => withDates(each, order));
  const connectors = inOrder(dateOrder);
  return dateOrder === 'ambiguous' ? { connectors, dateOrder, dayFirst: inOrder('day-first') } : { connectors, dateOrder };
}

function withDates({ connector, created, changed }: ReadConnector, order: DateOrder): InboundConnector {
  const dated = { ...connector };
  if (created !== undefined) dated.whenCreatedUtc = dateInOrder(created, order);
  if (changed !== undefined) dated.whenChangedUtc = dateInOrder(changed, order);
  return dated;
}

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** The connector's Guid, or ExchangeObjectId (the same value in Exchange Online), lower case. */
function guidOf(fields: Fields): string | undefined {
  for (const name of ['Guid', 'ExchangeObjectId']) {
    const value = fields.first(name);
    // A deserialised Guid can come as an object holding the text.
    const text = isPlainObject(value) ? Object.values(value).find((part) => typeof part === 'string') : value;
    const guid = typeof text === 'string' ? GUID.exec(text.trim())?.[1] : undefined;
    if (guid !== undefined) return guid.toLowerCase();
  }
  return undefined;
}

const domainsOf = (value: unknown): string[] => [
  ...new Set(readStringList(value).flatMap((item) => domainOfValue(item) ?? [])),
];

/** A connector's DistinguishedName starts with its name: `CN=Inbound Relay,CN=Transport Settings,…`. */
function nameInDistinguishedName(fields: Fields): string | undefined {
  const distinguishedName = readString(fields.first('DistinguishedName'));
  const name = /^CN=((?:[^,\\]|\\.)+),/i.exec(distinguishedName ?? '')?.[1];
  return name?.replace(/\\(.)/g, '$1');
}

/** Text that says something: empty text and null both mean none. */
const textOf = (value: unknown): string | undefined => readString(value) || undefined;

function readConnector(record: PowerShellRecord): ReadConnector {
  const fields = fieldsOf(record);
  const nameValue = fields.first('Name', 'Identity', 'AdminDisplayName');
  const connector: InboundConnector = {
    // A name cut by the table's column width is still the best label there is.
    name: nameValue instanceof CutCell ? nameValue.text : (readString(nameValue) ?? nameInDistinguishedName(fields) ?? ''),
    senderIpAddresses: readStringList(fields.first('SenderIPAddresses')),
    senderDomains: domainsOf(fields.first('SenderDomains')),
    associatedAcceptedDomains: domainsOf(fields.first('AssociatedAcceptedDomains')),
    trustedOrganizations: readStringList(fields.first('TrustedOrganizations')),
  };
  const optional = <Key extends keyof InboundConnector>(key: Key, value: InboundConnector[Key] | undefined): void => {
    if (value !== undefined) connector[key] = value;
  };
  optional('guid', guidOf(fields));
  optional('enabled', readBool(fields.first('Enabled')));
  optional('type', readEnum(fields.first('ConnectorType'), CONNECTOR_TYPES));
  optional('source', readConnectorSource(fields.first('ConnectorSource')));
  optional('comment', textOf(fields.first('Comment')));
  optional('tlsSenderCertificateName', textOf(fields.first('TlsSenderCertificateName')));
  optional('treatMessagesAsInternal', readBool(fields.first('TreatMessagesAsInternal')));
  optional('cloudServicesMailEnabled', readBool(fields.first('CloudServicesMailEnabled')));
  optional('requireTls', readBool(fields.first('RequireTls')));
  optional('restrictDomainsToIpAddresses', readBool(fields.first('RestrictDomainsToIPAddresses')));
  optional('restrictDomainsToCertificate', readBool(fields.first('RestrictDomainsToCertificate')));
  return {
    connector,
    created: readPowerShellDate(fields.first('WhenCreatedUTC')) ?? readPowerShellDate(fields.first('WhenCreated')),
    changed: readPowerShellDate(fields.first('WhenChangedUTC')) ?? readPowerShellDate(fields.first('WhenChanged')),
  };
}
