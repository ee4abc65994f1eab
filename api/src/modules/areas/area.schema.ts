import { AreaLevel, selectAreaFeatures } from '@gridloop/prisma';
import { builder } from '../../graphql/builder.js';
import { assertAreaCode } from './area-code.js';

const AreaLevelEnum = builder.enumType(AreaLevel, {
  name: 'AreaLevel',
  description: 'City 市, district 区, street or town 街道/镇, community or village 社区/村.',
});

builder.prismaObject('Area', {
  description: 'An administrative area above the unit grids. Boundaries are WGS84.',
  fields: (t) => ({
    code: t.exposeString('code', { description: '6 (city, district), 9 (street) or 12 (community) digits.' }),
    name: t.exposeString('name'),
    level: t.expose('level', { type: AreaLevelEnum }),
    isDerived: t.exposeBoolean('isDerived', {
      description: 'True when gridloop derived the boundary (demo data), not an official layer.',
    }),
    parent: t.relation('parent', { nullable: true }),
    children: t.relation('children', { query: { orderBy: { code: 'asc' } } }),
  }),
});

builder.queryFields((t) => ({
  city: t.prismaField({
    type: 'Area',
    nullable: true,
    description: 'The city this deployment serves.',
    resolve: (query, _root, _args, { prisma }) =>
      prisma.area.findFirst({ ...query, where: { level: 'CITY' }, orderBy: { code: 'asc' } }),
  }),
  area: t.prismaField({
    type: 'Area',
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (query, _root, { code }, { prisma }) =>
      prisma.area.findUnique({ ...query, where: { code: assertAreaCode(code, 'code') } }),
  }),
  areas: t.prismaField({
    type: ['Area'],
    description: 'Areas at a level, optionally only the children of one parent, ordered by code.',
    args: { level: t.arg({ type: AreaLevelEnum, required: true }), parentCode: t.arg.string() },
    resolve: (query, _root, { level, parentCode }, { prisma }) =>
      prisma.area.findMany({
        ...query,
        where: { level, ...(parentCode ? { parent: { code: assertAreaCode(parentCode, 'parentCode') } } : {}) },
        orderBy: { code: 'asc' },
      }),
  }),
  areaFeatures: t.field({
    type: 'JSON',
    description:
      'GeoJSON FeatureCollection (WGS84) of the areas at a level that have a boundary; ' +
      'each feature has id = code and properties { code, name, level, isDerived }.',
    args: { level: t.arg({ type: AreaLevelEnum, required: true }), parentCode: t.arg.string() },
    resolve: (_root, { level, parentCode }, { prisma }) =>
      selectAreaFeatures(prisma, { level, parentCode: parentCode ? assertAreaCode(parentCode, 'parentCode') : null }),
  }),
}));
