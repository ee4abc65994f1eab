import type { Locale } from '../../i18n/messages';
import type { MetricDefinition } from './dashboard-types';
import { directionOf, type MetricDirection, type MetricKind } from './metric-format';

/**
 * The metrics as `metricDefinitions` describes them, looked up by name: their headers in both
 * languages, their kind and which way is better. The dashboard takes every header from here, so a
 * renamed metric is renamed on the server alone.
 */
export interface MetricCatalog {
  has(name: string): boolean;
  label(name: string): string;
  description(name: string): string;
  kind(name: string): MetricKind;
  direction(name: string): MetricDirection;
}

export function metricCatalog(definitions: readonly MetricDefinition[], locale: Locale): MetricCatalog {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  return {
    has: (name) => byName.has(name),
    label: (name) => {
      const definition = byName.get(name);
      if (definition === undefined) return name;
      return locale === 'en' ? definition.en : definition.zh;
    },
    description: (name) => byName.get(name)?.description ?? '',
    kind: (name) => byName.get(name)?.kind ?? 'COUNT',
    direction: (name) => {
      const definition = byName.get(name);
      return definition === undefined ? 'neutral' : directionOf(definition.kind, definition.isLowerBetter);
    },
  };
}
