import type { CaseSource, PrismaClient, SubjectDimension } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { requireRole } from '../auth/require-role.js';
import type { Viewer } from '../auth/viewer.js';
import { gridCodePrefixOf } from '../cases/case-visibility.js';

/** What a metric request narrows to: an area, and within it at most one subject. */
export interface MetricScopeInput {
  /** District (6), street (9), community (12) or unit grid (15) code; default the viewer's area. */
  areaCode?: string | null;
  beatCode?: string | null;
  departmentId?: number | null;
  categoryId?: number | null;
  source?: CaseSource | null;
  /** An officer (the reporter of officer reports). */
  personId?: number | null;
}

export interface MetricScope {
  /** Grid-code prefix of the area ('' or a city prefix for the whole deployment). */
  gridCodePrefix: string;
  subject: { dimension: SubjectDimension; key: string } | null;
}

/** LEADER and ADMIN read metrics, within their own area. */
export function requireMetricsReader(viewer: Viewer | null): Viewer {
  return requireRole(viewer, 'LEADER', 'ADMIN');
}

/**
 * The scope of a request checked against the viewer: FORBIDDEN for an area outside theirs,
 * BAD_REQUEST for a malformed code or two subjects at once, NOT_FOUND for a code or id that does
 * not exist.
 */
export async function resolveMetricScope(
  prisma: PrismaClient,
  viewer: Viewer,
  input: MetricScopeInput | null | undefined,
): Promise<MetricScope> {
  const viewerPrefix = gridCodePrefixOf(viewer.areaCode, viewer.areaLevel);
  const gridCodePrefix = input?.areaCode ? await areaPrefix(prisma, input.areaCode) : viewerPrefix;
  if (!gridCodePrefix.startsWith(viewerPrefix)) {
    throw new DomainError('FORBIDDEN', `Area ${input?.areaCode} is outside your area ${viewer.areaCode}.`, {
      field: 'scope.areaCode',
    });
  }
  const subjects = [
    input?.beatCode != null && ({ dimension: 'BEAT', key: input.beatCode } as const),
    input?.departmentId != null && ({ dimension: 'DEPARTMENT', key: String(input.departmentId) } as const),
    input?.categoryId != null && ({ dimension: 'CATEGORY', key: String(input.categoryId) } as const),
    input?.source != null && ({ dimension: 'SOURCE', key: input.source } as const),
    input?.personId != null && ({ dimension: 'OFFICER', key: String(input.personId) } as const),
  ].filter((subject) => subject !== false);
  if (subjects.length > 1) {
    throw new DomainError('BAD_REQUEST', 'Give at most one of beatCode, departmentId, categoryId, source, personId.', {
      field: 'scope',
    });
  }
  const [subject = null] = subjects;
  if (subject) await requireSubject(prisma, subject.dimension, subject.key);
  return { gridCodePrefix, subject };
}

async function areaPrefix(prisma: PrismaClient, code: string): Promise<string> {
  if (!/^\d{6}(\d{3}){0,3}$/.test(code)) {
    throw new DomainError('BAD_REQUEST', `scope.areaCode must have 6, 9, 12 or 15 digits, got ${code}.`, {
      field: 'scope.areaCode',
    });
  }
  if (code.length === 15) {
    if (await prisma.unitGrid.findFirst({ where: { code }, select: { id: true } })) return code;
  } else {
    const area = await prisma.area.findUnique({ where: { code }, select: { level: true } });
    if (area) return gridCodePrefixOf(code, area.level);
  }
  throw new DomainError('NOT_FOUND', `No area or unit grid has the code ${code}.`, { field: 'scope.areaCode' });
}

async function requireSubject(prisma: PrismaClient, dimension: SubjectDimension, key: string): Promise<void> {
  const id = Number(key);
  const exists =
    dimension === 'BEAT'
      ? await prisma.responsibilityGrid.findFirst({ where: { code: key }, select: { id: true } })
      : dimension === 'DEPARTMENT'
        ? await prisma.department.findUnique({ where: { id }, select: { id: true } })
        : dimension === 'CATEGORY'
          ? await prisma.category.findUnique({ where: { id }, select: { id: true } })
          : dimension === 'OFFICER'
            ? await prisma.user.findUnique({ where: { id }, select: { id: true } })
            : true;
  if (!exists) {
    throw new DomainError('NOT_FOUND', `No ${dimension.toLowerCase()} ${key} exists.`, { field: 'scope' });
  }
}
