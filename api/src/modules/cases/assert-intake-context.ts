import { assertLngLat, type LngLat } from '@gridloop/geo';
import type { IntakeContext } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import { isGridVisible } from './case-visibility.js';
import type { Reporter } from './report-case.js';
import type { ReportInput } from './report-input.js';

/** A WGS84 longitude/latitude pair, or BAD_REQUEST naming the field. */
export function assertPointShape(point: LngLat): void {
  try {
    assertLngLat(point);
  } catch (error) {
    throw new DomainError(
      'BAD_REQUEST',
      `The point is not a valid WGS84 longitude/latitude: ${(error as Error).message}`,
      {
        field: 'lng',
      },
    );
  }
}

/**
 * What intake refuses once it has read the context, before anything is written: an unknown or
 * retired condition, a condition of another class, a point outside every grid or outside the
 * reporter's area, a missing photo (people only: systems cannot send one), a component of another
 * class. Returns the grid the point lies in.
 */
export function assertIntakeContext(context: IntakeContext, reporter: Reporter, input: ReportInput) {
  const { condition, grid } = context;
  if (!condition?.isActive) {
    throw new DomainError(
      'BAD_REQUEST',
      `Filing condition ${input.filingConditionId} does not exist or is no longer used.`,
      {
        field: 'filingConditionId',
      },
    );
  }
  if (input.categoryId !== null && input.categoryId !== condition.categoryId) {
    throw new DomainError('BAD_REQUEST', 'The filing condition does not belong to the chosen category.', {
      field: 'filingConditionId',
    });
  }
  if (!grid) {
    throw new DomainError(
      'OUTSIDE_JURISDICTION',
      'No unit grid contains this point; move it inside the city’s grids.',
      {
        lng: input.lng,
        lat: input.lat,
      },
    );
  }
  if (!isGridVisible(reporter.visibility, grid.gridCode)) {
    throw new DomainError('OUTSIDE_JURISDICTION', `The point lies in grid ${grid.gridCode}, outside your area.`, {
      gridCode: grid.gridCode,
    });
  }
  if (condition.requiresPhoto && input.photos.length === 0 && reporter.userId !== null) {
    throw new DomainError('PHOTO_REQUIRED', 'This filing condition needs at least one photo.', { field: 'photos' });
  }
  if (input.componentCode !== null && context.component?.categoryId !== condition.categoryId) {
    throw new DomainError('BAD_REQUEST', `Component ${input.componentCode} is unknown or not of the chosen class.`, {
      field: 'componentCode',
    });
  }
  return grid;
}
