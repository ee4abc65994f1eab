import type { CaseStatus } from '@gridloop/prisma';
import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import { CaseStatusEnum, DeadlineLightEnum } from '../cases/case-enums.schema.js';
import { openStatuses } from '../cases/case-status.js';
import { caseVisibilityOf } from '../cases/case-visibility.js';
import { assertCasePointsRequest } from './parse-case-points-request.js';
import { type CasePointRow, selectCasePoints } from './select-case-points.js';

/** From this zoom up every case is its own point: a street block holds few enough to draw each. */
export const pointZoom = 17;
/** A cluster stands for the cases of a 64-px square: bubbles never overlap much, even on a 4K screen. */
const cellPixels = 64;
/** Items answered at most: canvas draws this many in a frame, and the answer stays small. */
export const casePointsCap = 2_000;

interface CasePointsAnswer {
  clusters: CasePointRow[];
  points: CasePointRow[];
  total: number;
  isTruncated: boolean;
}

const BoundingBoxInput = builder.inputType('BoundingBoxInput', {
  description: 'A viewport in WGS84 degrees (what Leaflet’s getBounds() gives).',
  fields: (t) => ({
    west: t.float({ required: true }),
    south: t.float({ required: true }),
    east: t.float({ required: true }),
    north: t.float({ required: true }),
  }),
});

const CasePointFilterInput = builder.inputType('CasePointFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [CaseStatusEnum], description: 'Default: the open statuses.' }),
    light: t.field({ type: DeadlineLightEnum }),
  }),
});

const CaseClusterRef = builder.objectRef<CasePointRow>('CaseCluster').implement({
  description: 'Two or more cases in one map cell, with how many show each deadline light.',
  fields: (t) => ({
    lng: t.exposeFloat('lng', { description: 'Mean longitude of its cases (WGS84).' }),
    lat: t.exposeFloat('lat'),
    count: t.exposeInt('count'),
    green: t.exposeInt('green'),
    yellow: t.exposeInt('yellow'),
    red: t.exposeInt('red'),
    west: t.exposeFloat('west', { description: 'The box around its cases: zoom to it to split the cluster.' }),
    south: t.exposeFloat('south'),
    east: t.exposeFloat('east'),
    north: t.exposeFloat('north'),
  }),
});

const CasePointRef = builder.objectRef<CasePointRow>('CasePoint').implement({
  description: 'One case on the map.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    status: t.field({ type: CaseStatusEnum, resolve: (row) => row.status }),
    light: t.field({ type: DeadlineLightEnum, nullable: true, resolve: (row) => row.light }),
    lng: t.exposeFloat('lng', { description: 'WGS84.' }),
    lat: t.exposeFloat('lat'),
  }),
});

const CasePointsRef = builder.objectRef<CasePointsAnswer>('CasePoints').implement({
  fields: (t) => ({
    clusters: t.field({ type: [CaseClusterRef], resolve: (answer) => answer.clusters }),
    points: t.field({ type: [CasePointRef], resolve: (answer) => answer.points }),
    total: t.exposeInt('total', { description: 'Matching cases in the box, also when the answer was cut.' }),
    isTruncated: t.exposeBoolean('isTruncated', {
      description: `True when more than ${casePointsCap} items matched: the smallest clusters (at street zoom, the newest cases) were left out.`,
    }),
  }),
});

builder.queryFields((t) => ({
  casePoints: t.field({
    type: CasePointsRef,
    description:
      `The cases the viewer may see (as in the queues) inside a viewport, for the case map: below zoom ${pointZoom} ` +
      `grouped into clusters of ${cellPixels}-px Web Mercator cells (a cell holding one case answers it as a point), ` +
      `from zoom ${pointZoom} one point per case; at most ${casePointsCap} items, largest clusters first. Open cases ` +
      'unless filter.statuses says otherwise. Errors: UNAUTHENTICATED; BAD_REQUEST for a malformed box, a zoom ' +
      'outside 0-22 or a box too large for the zoom.',
    args: {
      bbox: t.arg({ type: BoundingBoxInput, required: true }),
      zoom: t.arg.float({ required: true }),
      filter: t.arg({ type: CasePointFilterInput }),
    },
    resolve: async (_root, { bbox, zoom, filter }, { prisma, viewer, clock }) => {
      const visibility = caseVisibilityOf(requireViewer(viewer));
      assertCasePointsRequest(bbox, zoom);
      const statuses: readonly CaseStatus[] = filter?.statuses?.length ? filter.statuses : openStatuses;
      const level = Math.floor(zoom);
      const rows = await selectCasePoints(prisma, {
        box: bbox,
        visibility,
        statuses,
        light: filter?.light ?? null,
        now: clock.now(),
        cellsPerWorld: level >= pointZoom ? null : (256 * 2 ** level) / cellPixels,
        limit: casePointsCap,
      });
      const kept = rows.slice(0, casePointsCap);
      return {
        clusters: kept.filter((row) => row.count > 1),
        points: kept.filter((row) => row.count === 1),
        total: rows[0]?.total ?? 0,
        isTruncated: rows.length > casePointsCap,
      };
    },
  }),
}));
