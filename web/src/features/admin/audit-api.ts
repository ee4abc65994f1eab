import { graphqlRequest } from '../../api/graphql-client';

/** One row of the append-only audit log. */
export interface AuditEvent {
  id: string;
  action: string;
  actorUsername: string | null;
  createdAt: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  details: unknown;
}

/** The newest events first; the API gives at most 200. */
export async function fetchAuditEvents(limit: number, signal: AbortSignal): Promise<AuditEvent[]> {
  const data = await graphqlRequest<{ auditEvents: AuditEvent[] }>(
    `query AdminAuditEvents($limit: Int) {
      auditEvents(limit: $limit) { id action actorUsername createdAt entityType entityId reason details }
    }`,
    { limit },
    { signal },
  );
  return data.auditEvents;
}
