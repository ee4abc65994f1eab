import type { CaseSource } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';

/** A report as the intake service takes it (GraphQL maps its input onto this). */
export interface ReportInput {
  /** OFFICER for officers' reports; PUBLIC or HOTLINE for what an operator registers; OPEN311 for clients' requests. */
  source: CaseSource;
  lng: number;
  lat: number;
  /** Optional: when given, the filing condition must belong to it. */
  categoryId: number | null;
  filingConditionId: number;
  description: string;
  address: string | null;
  componentCode: string | null;
  /** The client's key for this submit; a retry with the same key returns the same case. */
  idempotencyKey: string | null;
  photos: readonly File[];
  /** Officers: fixed on the spot (自处理); the case goes straight to HANDLED. */
  selfHandled: boolean;
  selfHandleNote: string | null;
  /** Registrations: the citizen and the hotline's work order id. */
  reporterName: string | null;
  reporterContact: string | null;
  externalRef: string | null;
}

const limits = {
  description: 2000,
  address: 200,
  idempotencyKey: 100,
  reporterName: 100,
  reporterContact: 100,
  externalRef: 100,
} as const;

/** GeoReport v2 lets a client send a description of up to 4,000 characters. */
const open311DescriptionLimit = 4000;

/** Text fields within their limits, the description not blank, the source one intake accepts. */
export function assertReportText(input: ReportInput): void {
  if (!['OFFICER', 'PUBLIC', 'HOTLINE', 'OPEN311'].includes(input.source)) {
    throw new DomainError(
      'BAD_REQUEST',
      `Reports through this API come from OFFICER, PUBLIC, HOTLINE or OPEN311, not ${input.source}.`,
      {
        field: 'source',
      },
    );
  }
  if (input.description.trim().length === 0) {
    throw new DomainError('BAD_REQUEST', 'Describe the problem in a few words.', { field: 'description' });
  }
  for (const [field, limit] of Object.entries(limits)) {
    const value = input[field as keyof typeof limits];
    const max = field === 'description' && input.source === 'OPEN311' ? open311DescriptionLimit : limit;
    if (value !== null && value.length > max) {
      throw new DomainError('BAD_REQUEST', `${field} is longer than ${max} characters.`, { field });
    }
  }
  if (input.idempotencyKey !== null && input.idempotencyKey.trim().length === 0) {
    throw new DomainError('BAD_REQUEST', 'The idempotency key must not be blank.', { field: 'idempotencyKey' });
  }
}
