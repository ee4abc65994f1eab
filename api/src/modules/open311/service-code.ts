import type { CategoryKind } from '@gridloop/prisma';

/** A minor class as Open311 names it. */
export interface ServiceCode {
  kind: CategoryKind;
  /** The 4-digit minor class code. */
  code: string;
}

const letterOfKind: Record<CategoryKind, string> = { EVENT: 'E', COMPONENT: 'C' };

/**
 * The service_code of a minor class: its 4-digit code after E (事件 event) or C (部件 component).
 * The letter is needed because the two trees number their classes independently (GB/T 30428.2):
 * 0101 is both 上水井盖 and an event class.
 *
 * @example formatServiceCode({ kind: 'EVENT', code: '0101' }) // 'E0101'
 */
export function formatServiceCode(service: ServiceCode): string {
  return `${letterOfKind[service.kind]}${service.code}`;
}

/**
 * The minor class a service_code names, or null when it has not that shape.
 *
 * @example parseServiceCode('C0115') // { kind: 'COMPONENT', code: '0115' }
 */
export function parseServiceCode(text: string): ServiceCode | null {
  const match = /^([EC])(\d{4})$/.exec(text.trim());
  if (!match?.[1] || !match[2]) return null;
  return { kind: match[1] === 'E' ? 'EVENT' : 'COMPONENT', code: match[2] };
}
