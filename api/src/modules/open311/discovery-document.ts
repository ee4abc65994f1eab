import type { PrismaClient } from '@gridloop/prisma';
import { listOf, type Open311Document } from './open311-document.js';
import { open311MediaTypes } from './open311-format.js';
import { w3DatetimeOf } from './w3-datetime.js';

/** Where this API serves GeoReport v2, below the deployment's origin. */
export const open311BasePath = '/open311/v2';

/**
 * Service Discovery: one production GeoReport v2 endpoint in XML and JSON. The changeset is the
 * latest edit of the category catalog or its filing conditions, which is when the services and
 * their definitions change, so clients know when to refresh what they cache.
 */
export async function discoveryDocument(prisma: PrismaClient, origin: string): Promise<Open311Document> {
  const [classes, conditions] = await Promise.all([
    prisma.category.aggregate({ _max: { updatedAt: true } }),
    prisma.filingCondition.aggregate({ _max: { updatedAt: true } }),
  ]);
  const latest = Math.max(classes._max.updatedAt?.getTime() ?? 0, conditions._max.updatedAt?.getTime() ?? 0);
  const changeset = w3DatetimeOf(new Date(latest));
  return {
    root: 'discovery',
    body: {
      changeset,
      contact: 'Ask the administrator (管理员) of this gridloop deployment.',
      key_service: 'API keys are issued per client system by an administrator (GraphQL mutation createOpen311Client).',
      endpoints: listOf('endpoint', [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${origin}${open311BasePath}`,
          changeset,
          type: 'production',
          formats: listOf('format', [open311MediaTypes.xml, open311MediaTypes.json]),
        },
      ]),
    },
  };
}
