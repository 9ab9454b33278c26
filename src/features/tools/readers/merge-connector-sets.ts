// The same connectors given twice, in two formats (Format-List and JSON, say), are one set. A connector is matched by
// Guid when both have one, else by name (case-insensitive); the record that says more wins, and fields it lacks
// come from the other.
import type { InboundConnector } from '../model';

const LIST_FIELDS = ['senderIpAddresses', 'senderDomains', 'associatedAcceptedDomains', 'trustedOrganizations'] as const;

export function mergeConnectorSets(first: readonly InboundConnector[], second: readonly InboundConnector[]): InboundConnector[] {
  const merged = [...first];
  for (const connector of second) {
    const index = merged.findIndex((other) => sameConnector(other, connector));
    const match = merged[index];
    if (match === undefined) merged.push(connector);
    else merged[index] = mergeConnectors(match, connector);
  }
  return merged;
}

function sameConnector(a: InboundConnector, b: InboundConnector): boolean {
  if (a.guid !== undefined && b.guid !== undefined) return a.guid === b.guid;
  return a.name !== '' && a.name.toLowerCase() === b.name.toLowerCase();
}

/** How many fields say something: defined values and lists that are not empty. */
function richness(connector: InboundConnector): number {
  return Object.values(connector).filter((value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)).length;
}

function mergeConnectors(a: InboundConnector, b: InboundConnector): InboundConnector {
  const [richer, poorer] = richness(b) > richness(a) ? [b, a] : [a, b];
  const defined = Object.fromEntries(Object.entries(richer).filter(([, value]) => value !== undefined)) as Partial<InboundConnector>;
  const merged: InboundConnector = { ...poorer, ...defined, name: richer.name || poorer.name };
  for (const field of LIST_FIELDS) if (richer[field].length === 0) merged[field] = poorer[field];
  return merged;
}
