import { listOf, type Open311Document, type Open311Record } from './open311-document.js';
import type { Open311Service } from './open311-service.js';
import { formatServiceCode } from './service-code.js';
import { timeLimitText } from './time-limit-text.js';

/** The attribute a client answers with the filing condition (立案条件) that fits the problem. */
export const filingConditionAttribute = 'filing_condition';
/** The optional 16-digit object code (部件编码) of the component a report is about. */
export const componentCodeAttribute = 'component_code';

const kindLabel = { EVENT: '事件 event', COMPONENT: '部件 component' } as const;

/**
 * Whether a client must read the service definition before POSTing: when there is a filing condition
 * to choose, or a component code to give.
 */
export function hasServiceMetadata(service: Open311Service): boolean {
  return service.conditions.length > 1 || service.kind === 'COMPONENT';
}

/** GET services: every minor class as a service, its major class as the group. */
export function servicesDocument(services: readonly Open311Service[]): Open311Document {
  return { root: 'services', body: listOf('service', services.map(serviceRecord)) };
}

function serviceRecord(service: Open311Service): Open311Record {
  return {
    service_code: formatServiceCode(service),
    service_name: service.name,
    description: service.conditions.map((condition) => condition.description).join('；'),
    metadata: hasServiceMetadata(service),
    type: 'realtime',
    keywords: [service.nameEn, kindLabel[service.kind], service.groupNameEn].filter(Boolean).join(', '),
    group: service.groupName,
  };
}

/**
 * GET services/{code}: the filing conditions as a single-value list (required when there is more
 * than one; with one, it is implied) and, for components, the optional component code.
 */
export function serviceDefinitionDocument(service: Open311Service): Open311Document {
  const attributes: Open311Record[] = [
    {
      variable: true,
      code: filingConditionAttribute,
      datatype: 'singlevaluelist',
      required: service.conditions.length > 1,
      datatype_description: '立案条件: choose the one that describes the problem',
      order: 1,
      description: '立案条件 Which of these fits the problem? (its handling time limit in brackets)',
      values: listOf(
        'value',
        service.conditions.map((condition) => ({
          key: condition.code,
          name: `${condition.description}（${timeLimitText(condition.timeLimitAmount, condition.timeLimitUnit)}）`,
        })),
      ),
    },
  ];
  if (service.kind === 'COMPONENT') {
    attributes.push({
      variable: true,
      code: componentCodeAttribute,
      datatype: 'string',
      required: false,
      datatype_description: '16 digits: district 6 + class 4 + serial 6, as on the asset’s plate',
      order: 2,
      description: '部件编码 The object code of the component, if it can be read',
      values: listOf('value', []),
    });
  }
  return {
    root: 'service_definition',
    body: { service_code: formatServiceCode(service), attributes: listOf('attribute', attributes) },
  };
}
