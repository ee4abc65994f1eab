import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import type { CaseChangeMessage } from './case-change-feed.js';
import { caseVisibilityOf, isGridVisible } from './case-visibility.js';

const CaseChangeRef = builder.objectRef<CaseChangeMessage>('CaseChange').implement({
  description: 'A case in the viewer’s scope changed: refresh its row (or drop it from a queue).',
  fields: (t) => ({
    caseId: t.id({ resolve: (change) => String(change.caseId) }),
    code: t.exposeString('code'),
    status: t.exposeString('status'),
    version: t.exposeInt('version'),
    action: t.exposeString('action'),
    at: t.exposeString('at'),
  }),
});

async function* visibleChanges(
  source: AsyncIterable<CaseChangeMessage>,
  accepts: (change: CaseChangeMessage) => boolean,
) {
  for await (const change of source) if (accepts(change)) yield change;
}

builder.subscriptionField('caseChanged', (t) =>
  t.field({
    type: CaseChangeRef,
    description:
      'Live updates of every case the viewer may see (GraphQL over SSE: POST /graphql with Accept: ' +
      'text/event-stream). Shared across API instances through Redis when REDIS_URL is set.',
    subscribe: (_root, _args, { viewer, caseFeed }) => {
      const visibility = caseVisibilityOf(requireViewer(viewer));
      return visibleChanges(
        caseFeed.subscribe(),
        (change) =>
          isGridVisible(visibility, change.gridCode) &&
          // A handler hears about cases in their department's hands, and about one leaving them.
          (visibility.departmentId === null ||
            change.departmentId === visibility.departmentId ||
            change.previousDepartmentId === visibility.departmentId),
      );
    },
    resolve: (change) => change,
  }),
);
