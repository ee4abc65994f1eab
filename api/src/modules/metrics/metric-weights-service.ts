import type { Prisma, PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { AdminActor } from '../admin/admin-actor.js';
import { changesBetween, recordAdminChange } from '../admin/record-admin-change.js';
import { defaultMetricWeights, type MetricWeights, type ScoreSubject, scoreSubjects } from './composite-score.js';
import { metricDefinitions } from './metric-definitions.js';

const rateNames = new Set(metricDefinitions.filter((d) => d.kind === 'RATE').map((d) => d.name));
const maxWeight = 1000;

/** The weights in force for every subject: the stored ones, or the defaults where none are stored. */
export async function currentMetricWeights(
  prisma: Pick<PrismaClient, 'metricWeights'>,
): Promise<Record<ScoreSubject, MetricWeights>> {
  const rows = await prisma.metricWeights.findMany();
  const weights = { ...defaultMetricWeights };
  for (const row of rows) {
    if (scoreSubjects.includes(row.subject as ScoreSubject)) {
      weights[row.subject as ScoreSubject] = row.weights as MetricWeights;
    }
  }
  return weights;
}

/**
 * Replaces one subject's weights, audited as SET_METRIC_WEIGHTS with the weights before and after.
 * BAD_REQUEST (weights) for an unknown rate, a weight that is negative, not finite or above 1000,
 * or no positive weight at all.
 */
export async function setMetricWeights(
  prisma: PrismaClient,
  actor: AdminActor,
  subject: ScoreSubject,
  entries: readonly { metric: string; weight: number }[],
): Promise<MetricWeights> {
  const weights = validWeights(entries);
  await prisma.$transaction(async (tx) => {
    const before = (await currentMetricWeights(tx))[subject];
    const changes = changesBetween(before, weights);
    if (Object.keys(changes.after).length === 0 && Object.keys(before).length === Object.keys(weights).length) return;
    await tx.metricWeights.upsert({
      where: { subject },
      create: { subject, weights: weights as Prisma.InputJsonObject, updatedAt: actor.now },
      update: { weights: weights as Prisma.InputJsonObject, updatedAt: actor.now },
    });
    await recordAdminChange(tx, actor, {
      action: 'SET_METRIC_WEIGHTS',
      entityType: 'metric_weights',
      entityId: subject,
      details: { before, after: weights },
    });
  });
  return weights;
}

function validWeights(entries: readonly { metric: string; weight: number }[]): MetricWeights {
  const weights: MetricWeights = {};
  for (const { metric, weight } of entries) {
    if (!rateNames.has(metric)) bad(`Unknown rate ${metric}; weights apply to: ${[...rateNames].join(', ')}.`);
    if (!Number.isFinite(weight) || weight < 0 || weight > maxWeight) {
      bad(`The weight of ${metric} must be between 0 and ${maxWeight}.`);
    }
    if (metric in weights) bad(`${metric} is given twice.`);
    weights[metric] = weight;
  }
  if (!Object.values(weights).some((weight) => weight > 0)) bad('At least one weight must be positive.');
  return weights;
}

function bad(message: string): never {
  throw new DomainError('BAD_REQUEST', message, { field: 'weights' });
}
