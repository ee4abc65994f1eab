import type { CaseSource, MetricDimension, PrismaClient } from '@gridloop/prisma';

const sourceNames: Record<CaseSource, string> = {
  OFFICER: '监督员上报',
  PUBLIC: '公众举报',
  HOTLINE: '12345热线',
  OPEN311: 'Open311',
  IMPORT: '历史导入',
  SENSOR: '物联感知',
};

/** Display names of rollup keys (area, grid, beat, department, category, officer), one query. */
export async function namesOfKeys(
  prisma: PrismaClient,
  dimension: MetricDimension,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const ids = keys.map(Number).filter(Number.isInteger);
  const pairs: { key: string; name: string | null }[] = await (async () => {
    switch (dimension) {
      case 'DISTRICT':
      case 'STREET':
      case 'COMMUNITY':
        return (
          await prisma.area.findMany({ where: { code: { in: [...keys] } }, select: { code: true, name: true } })
        ).map((area) => ({ key: area.code, name: area.name }));
      case 'GRID':
        return (
          await prisma.unitGrid.findMany({
            where: { code: { in: [...keys] }, retiredAt: null },
            select: { code: true, name: true },
          })
        ).map((grid) => ({ key: grid.code, name: grid.name }));
      case 'BEAT':
        return (
          await prisma.responsibilityGrid.findMany({
            where: { code: { in: [...keys] } },
            select: { code: true, name: true },
          })
        ).map((beat) => ({ key: beat.code, name: beat.name }));
      case 'DEPARTMENT':
        return (await prisma.department.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
          (department) => ({ key: String(department.id), name: department.name }),
        );
      case 'CATEGORY':
        return (await prisma.category.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map(
          (category) => ({ key: String(category.id), name: category.name }),
        );
      case 'OFFICER':
        return (
          await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
        ).map((user) => ({ key: String(user.id), name: user.displayName }));
      case 'SOURCE':
        return keys.map((key) => ({ key, name: sourceNames[key as CaseSource] ?? key }));
    }
  })();
  return new Map(pairs.map(({ key, name }) => [key, name ?? key]));
}
