import type { PrismaClient } from '@gridloop/prisma';

export interface LocalizedName {
  name: string;
  nameEn: string | null;
}

export interface CategoryNames extends LocalizedName {
  major: LocalizedName | null;
}

export interface ConditionText {
  code: string;
  description: string;
}

/** The ids one batch of cases refers to. */
export interface ReferencedIds {
  categoryIds: Iterable<number>;
  conditionIds: Iterable<number>;
  departmentIds: Iterable<number>;
  areaIds: Iterable<number>;
}

/**
 * Names of the catalog rows cases point at (classes, filing conditions, departments, areas),
 * remembered for one download. A case list repeats the same few hundred of them thousands of
 * times, so each is read once, by the batch that first meets it, instead of joined into every row.
 */
export class CatalogNames {
  readonly categories = new Map<number, CategoryNames>();
  readonly conditions = new Map<number, ConditionText>();
  readonly departments = new Map<number, LocalizedName>();
  readonly areas = new Map<number, string>();

  constructor(private readonly prisma: PrismaClient) {}

  /** Reads the names not known yet: one query per kind that has new ids, none when all are known. */
  async load(ids: ReferencedIds): Promise<void> {
    const categoryIds = missing(ids.categoryIds, this.categories);
    const conditionIds = missing(ids.conditionIds, this.conditions);
    const departmentIds = missing(ids.departmentIds, this.departments);
    const areaIds = missing(ids.areaIds, this.areas);
    const localized = { select: { name: true, nameEn: true } } as const;
    // One after another: a download holds one pooled connection at a time, like any request.
    if (categoryIds.length) {
      const rows = await this.prisma.category.findMany({
        where: { id: { in: categoryIds } },
        select: { id: true, ...localized.select, parent: localized },
      });
      for (const row of rows) this.categories.set(row.id, { name: row.name, nameEn: row.nameEn, major: row.parent });
    }
    if (conditionIds.length) {
      const rows = await this.prisma.filingCondition.findMany({
        where: { id: { in: conditionIds } },
        select: { id: true, code: true, description: true },
      });
      for (const row of rows) this.conditions.set(row.id, row);
    }
    if (departmentIds.length) {
      const rows = await this.prisma.department.findMany({
        where: { id: { in: departmentIds } },
        select: { id: true, ...localized.select },
      });
      for (const row of rows) this.departments.set(row.id, row);
    }
    if (areaIds.length) {
      const rows = await this.prisma.area.findMany({
        where: { id: { in: areaIds } },
        select: { id: true, name: true },
      });
      for (const row of rows) this.areas.set(row.id, row.name);
    }
  }
}

function missing(ids: Iterable<number>, known: Map<number, unknown>): number[] {
  return [...new Set(ids)].filter((id) => !known.has(id));
}
