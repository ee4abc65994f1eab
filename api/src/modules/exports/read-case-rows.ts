import type { Prisma, PrismaClient } from '@gridloop/prisma';
import { deadlineLight } from '../cases/deadline-light.js';
import { lightLabel, sourceLabel, statusLabel, stepLabel, timeLimitLabel } from './case-export-labels.js';
import { CatalogNames, type LocalizedName } from './catalog-names.js';
import type { ExportLanguage, TableRow } from './table-column.js';

/** Only the case's own columns: names come from CatalogNames, read once per download. */
const caseExportSelect = {
  id: true,
  code: true,
  source: true,
  status: true,
  step: true,
  address: true,
  description: true,
  gridCode: true,
  reportedAt: true,
  filedAt: true,
  dispatchedAt: true,
  handledAt: true,
  closedAt: true,
  handleLimitAmount: true,
  handleLimitUnit: true,
  stepWarnAt: true,
  stepDeadlineAt: true,
  reworkCount: true,
  categoryId: true,
  filingConditionId: true,
  departmentId: true,
  districtId: true,
  streetId: true,
  communityId: true,
} satisfies Prisma.CaseSelect;

type ExportedCase = Prisma.CaseGetPayload<{ select: typeof caseExportSelect }>;

export interface ReadCaseRowsOptions {
  /** Already includes the viewer's visibility (caseQueueWhere does). */
  where: Prisma.CaseWhereInput;
  batchSize: number;
  language: ExportLanguage;
  /** The request's instant: every row's light is judged at the same moment. */
  now: Date;
}

/**
 * The cases matching `where` as export rows, oldest first, read `batchSize` at a time by keyset
 * (id > last id seen), so memory holds one batch whatever the total and each query stays an index
 * range scan. The next batch is read only when the consumer asks for more rows, which is how a
 * slow download slows the reading down. One statement per batch, plus catalog names the first
 * time a batch refers to them.
 */
export async function* readCaseRows(prisma: PrismaClient, options: ReadCaseRowsOptions): AsyncGenerator<TableRow> {
  const { where, batchSize, language, now } = options;
  const names = new CatalogNames(prisma);
  let afterId = 0;
  for (;;) {
    const batch = await prisma.case.findMany({
      select: caseExportSelect,
      where: { AND: [where, { id: { gt: afterId } }] },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    await names.load({
      categoryIds: batch.map((found) => found.categoryId),
      conditionIds: batch.map((found) => found.filingConditionId),
      departmentIds: batch.flatMap((found) => (found.departmentId === null ? [] : [found.departmentId])),
      areaIds: batch.flatMap((found) => [found.districtId, found.streetId, found.communityId]),
    });
    for (const found of batch) yield caseRowOf(found, names, language, now);
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) return;
    afterId = last.id;
  }
}

function caseRowOf(found: ExportedCase, names: CatalogNames, language: ExportLanguage, now: Date): TableRow {
  const localName = (named: LocalizedName | null | undefined) =>
    named ? (language === 'en' && named.nameEn ? named.nameEn : named.name) : null;
  const category = names.categories.get(found.categoryId);
  const condition = names.conditions.get(found.filingConditionId);
  const light = deadlineLight(now, found.stepWarnAt, found.stepDeadlineAt);
  return {
    code: found.code,
    source: sourceLabel(found.source, language),
    major: localName(category?.major),
    minor: localName(category),
    condition: condition ? `${condition.code} ${condition.description}` : null,
    status: statusLabel(found.status, language),
    step: found.step ? stepLabel(found.step, language) : null,
    department: found.departmentId === null ? null : localName(names.departments.get(found.departmentId)),
    district: names.areas.get(found.districtId) ?? null,
    street: names.areas.get(found.streetId) ?? null,
    community: names.areas.get(found.communityId) ?? null,
    gridCode: found.gridCode,
    address: found.address,
    description: found.description,
    reportedAt: found.reportedAt,
    filedAt: found.filedAt,
    dispatchedAt: found.dispatchedAt,
    handledAt: found.handledAt,
    closedAt: found.closedAt,
    timeLimit: timeLimitLabel(found.handleLimitAmount, found.handleLimitUnit, language),
    light: light ? lightLabel(light, language) : null,
    reworkCount: found.reworkCount,
  };
}
