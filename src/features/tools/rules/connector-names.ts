// Ties the connector a message trace names to a connector in Get-InboundConnector output. Historical searches write
// the connector's name in connector_id, or `Inbound from <guid>` when they identify it by its Guid.
import type { InboundConnector } from '../model';

const BY_GUID = /^inbound from \{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

const normal = (text: string) => text.trim().toLowerCase();

/** Finds connectors by the names traffic gives them; built once for many look-ups. */
export function connectorFinder(connectors: readonly InboundConnector[]): (trafficName: string) => InboundConnector | undefined {
  const byName = new Map<string, InboundConnector>();
  const byGuid = new Map<string, InboundConnector>();
  for (const connector of connectors) {
    if (!byName.has(normal(connector.name))) byName.set(normal(connector.name), connector);
    if (connector.guid) byGuid.set(normal(connector.guid).replace(/^\{|\}$/g, ''), connector);
  }
  return (trafficName) => {
    const named = byName.get(normal(trafficName));
    if (named) return named;
    const guid = BY_GUID.exec(trafficName.trim())?.[1];
    return guid === undefined ? undefined : byGuid.get(guid.toLowerCase());
  };
}
