import { type GridLocationRow, type LocatedPlace, selectGridAt } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { builder } from '../../graphql/builder.js';
import { toLngLat } from './to-lng-lat.js';

const LocatedPlaceRef = builder.objectRef<LocatedPlace>('LocatedPlace').implement({
  description: 'A grid or area that contains a located point.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: '15 digits for a unit grid; 12, 9 or 6 for community, street, district; free-form for a beat.',
    }),
    name: t.exposeString('name', { nullable: true, description: 'Null only for unit grids imported without names.' }),
    isDerived: t.exposeBoolean('isDerived', {
      description: 'True when gridloop derived or generated it (demo data), not an official layer.',
    }),
  }),
});

const GridLocationRef = builder.objectRef<GridLocationRow>('GridLocation').implement({
  description: 'Where a point lies: its current unit grid and everything above it.',
  fields: (t) => ({
    unitGrid: t.field({ type: LocatedPlaceRef, resolve: (row) => row.unitGrid, description: '单元网格' }),
    responsibilityGrid: t.field({
      type: LocatedPlaceRef,
      nullable: true,
      resolve: (row) => row.responsibilityGrid,
      description: '责任网格: the beat the unit grid belongs to, when one is assigned.',
    }),
    community: t.field({ type: LocatedPlaceRef, resolve: (row) => row.community, description: '社区 / 村' }),
    street: t.field({ type: LocatedPlaceRef, nullable: true, resolve: (row) => row.street, description: '街道 / 镇' }),
    district: t.field({ type: LocatedPlaceRef, nullable: true, resolve: (row) => row.district, description: '区' }),
  }),
});

builder.queryFields((t) => ({
  gridAt: t.field({
    type: GridLocationRef,
    description:
      'The current unit grid containing a WGS84 point, with its responsibility grid, community, street and ' +
      'district, in one SQL statement. A point on an edge or corner shared by several grids resolves to the ' +
      'one with the lowest code (the western / northern one). Errors: BAD_REQUEST for an invalid point, ' +
      'OUTSIDE_JURISDICTION when no grid contains it.',
    args: {
      lng: t.arg.float({ required: true, description: 'Longitude, WGS84 degrees.' }),
      lat: t.arg.float({ required: true, description: 'Latitude, WGS84 degrees.' }),
    },
    // Public for now: the map needs it before sign-in exists; scoping by viewer comes with auth.
    resolve: async (_root, { lng, lat }, { prisma }) => {
      const location = await selectGridAt(prisma, toLngLat(lng, lat, 'gridAt'));
      if (!location) {
        throw new DomainError('OUTSIDE_JURISDICTION', `No unit grid contains the point (lng ${lng}, lat ${lat}).`, {
          lng,
          lat,
        });
      }
      return location;
    },
  }),
}));
