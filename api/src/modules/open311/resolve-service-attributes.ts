import { badOpen311Request } from './open311-error.js';
import type { Open311Condition, Open311Service } from './open311-service.js';
import { formatServiceCode } from './service-code.js';
import { componentCodeAttribute, filingConditionAttribute } from './service-documents.js';

/** What a request's attributes chose. */
export interface ChosenAttributes {
  condition: Open311Condition;
  componentCode: string | null;
}

/**
 * Checks the attributes against the service definition: the filing condition (required when the
 * class has several, implied when it has one) and the optional component code. 400 for an unknown
 * attribute, a missing required one, more than one value for a single-value list, or a value the
 * list does not offer.
 */
export function resolveServiceAttributes(service: Open311Service, attributes: Map<string, string[]>): ChosenAttributes {
  const known =
    service.kind === 'COMPONENT' ? [filingConditionAttribute, componentCodeAttribute] : [filingConditionAttribute];
  const unknown = [...attributes.keys()].find((code) => !known.includes(code));
  if (unknown !== undefined) {
    badOpen311Request(
      `attribute[${unknown}] is not an attribute of service ${formatServiceCode(service)}; see its service definition.`,
    );
  }
  return {
    condition: conditionOf(service, oneValue(attributes, filingConditionAttribute)),
    componentCode: componentCodeOf(oneValue(attributes, componentCodeAttribute)),
  };
}

function oneValue(attributes: Map<string, string[]>, code: string): string | null {
  const values = attributes.get(code) ?? [];
  if (values.length > 1)
    badOpen311Request(`attribute[${code}] is a single-value list: send one value, not ${values.length}.`);
  return values[0] ?? null;
}

function conditionOf(service: Open311Service, key: string | null): Open311Condition {
  const only = service.conditions.length === 1 ? service.conditions[0] : undefined;
  if (key === null) {
    if (only) return only;
    badOpen311Request(
      `attribute[${filingConditionAttribute}] is required: one of ${service.conditions.map((c) => c.code).join(', ')}.`,
    );
  }
  const condition = service.conditions.find((candidate) => candidate.code === key);
  if (!condition) {
    badOpen311Request(
      `attribute[${filingConditionAttribute}] must be one of ${service.conditions.map((c) => c.code).join(', ')}, got ${JSON.stringify(key)}.`,
    );
  }
  return condition;
}

function componentCodeOf(value: string | null): string | null {
  if (value === null) return null;
  if (!/^\d{16}$/.test(value))
    badOpen311Request(`attribute[${componentCodeAttribute}] must be 16 digits, got ${JSON.stringify(value)}.`);
  return value;
}
