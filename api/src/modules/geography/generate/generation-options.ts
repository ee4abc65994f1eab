import { DomainError } from '../../../errors/domain-error.js';

/** How unit grids are cut and grouped. */
export interface GenerationOptions {
  /** Area of a whole cell, m²; cells are squares of side √target in the UTM zone of their street. */
  targetAreaM2: number;
  /** Cells smaller than this share of the target are merged into a neighbour. */
  sliverRatio: number;
  /** The most unit grids in one responsibility grid (an officer's beat). */
  beatSize: number;
}

/** The classic 万米单元网格 (10,000 m²), slivers under 30 % merged, beats of up to 20 grids. */
export const defaultGenerationOptions: GenerationOptions = { targetAreaM2: 10_000, sliverRatio: 0.3, beatSize: 20 };

/**
 * Bounds that keep a run meaningful and affordable: cells from 10 m × 10 m to 1 km × 1 km, a
 * sliver threshold below a whole cell, beats numbered with 3 digits, and at most 200,000 cells per
 * run (twice the platform's 10^5-grid scale target).
 */
export const generationLimits = {
  minTargetAreaM2: 100,
  maxTargetAreaM2: 1_000_000,
  maxSliverRatio: 0.9,
  maxBeatSize: 999,
  maxCells: 200_000,
} as const;

/** Input as clients send it: any option may be missing (null from GraphQL) and takes its default. */
export type GenerationOptionsInput = { [K in keyof GenerationOptions]?: number | null };

/** Fills in defaults and checks every option; BAD_REQUEST naming the field otherwise. */
export function parseGenerationOptions(input: GenerationOptionsInput): GenerationOptions {
  const options = {
    targetAreaM2: input.targetAreaM2 ?? defaultGenerationOptions.targetAreaM2,
    sliverRatio: input.sliverRatio ?? defaultGenerationOptions.sliverRatio,
    beatSize: input.beatSize ?? defaultGenerationOptions.beatSize,
  };
  const { minTargetAreaM2, maxTargetAreaM2, maxSliverRatio, maxBeatSize } = generationLimits;
  assertInRange('targetAreaM2', options.targetAreaM2, minTargetAreaM2, maxTargetAreaM2, 'm²');
  assertInRange('sliverRatio', options.sliverRatio, 0, maxSliverRatio, 'of the target area');
  assertInRange('beatSize', options.beatSize, 1, maxBeatSize, 'unit grids');
  if (!Number.isInteger(options.beatSize)) {
    throw badOption('beatSize', `beatSize must be a whole number of unit grids, got ${options.beatSize}.`);
  }
  return options;
}

function assertInRange(field: keyof GenerationOptions, value: number, min: number, max: number, unit: string): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw badOption(field, `${field} must be between ${min} and ${max} ${unit}, got ${value}.`);
  }
}

function badOption(field: string, message: string): DomainError {
  return new DomainError('BAD_REQUEST', message, { field });
}
