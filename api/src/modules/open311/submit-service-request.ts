import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { CaseServiceDependencies } from '../cases/case-services.js';
import { receiveSystemReport } from '../cases/report-case.js';
import type { Open311Client } from './authenticate-open311-client.js';
import { locateServiceRequest } from './locate-service-request.js';
import { listOf, type Open311Document } from './open311-document.js';
import { badOpen311Request, Open311Error } from './open311-error.js';
import { findOpen311Service } from './open311-service.js';
import type { ServiceRequestForm } from './parse-service-request-form.js';
import { resolveServiceAttributes } from './resolve-service-attributes.js';
import { serviceNoticeOf } from './time-limit-text.js';

/** A client's Idempotency-Key (and later its token): URL-safe, so it fits in tokens/{token}. */
export const clientKeyPattern = /^[A-Za-z0-9._~-]{1,64}$/;

/** external_id is kept as the case's external reference (case_record.external_ref, 100 characters). */
const maxExternalIdLength = 100;

/**
 * POST requests for an authenticated client: the service and its attributes, the location, then
 * intake as a system report (source OPEN311 → PENDING_VERIFY, the grid's officer verifies it; no
 * reporter, an event without actor). The idempotency key is `<client id>:<key>`: the client's
 * Idempotency-Key header when it sent one (a retry returns the first request, and the key works as
 * its token), else the external_id, else a random one, so every Open311 case names its client. The
 * case also keeps the client (its status changes go back to the client's webhook) and external_id,
 * gridloop's extension field, as its external reference: a 12345 bridge sends the work order's
 * 工单编号 there (docs/12345-bridge.md), and sending the same one again returns the same request.
 */
export async function submitServiceRequest(
  cases: CaseServiceDependencies,
  client: Open311Client,
  form: ServiceRequestForm,
  idempotencyKey: string | null,
): Promise<Open311Document> {
  if (idempotencyKey !== null && !clientKeyPattern.test(idempotencyKey)) {
    badOpen311Request('Idempotency-Key must be 1-64 letters, digits or . _ ~ -');
  }
  if (form.serviceCode === null) badOpen311Request('service_code was not provided.');
  const service = await findOpen311Service(cases.prisma, form.serviceCode);
  if (!service) throw new Open311Error(404, `service_code ${form.serviceCode} was not found.`);
  const { condition, componentCode } = resolveServiceAttributes(service, form.attributes);
  const point = await locateServiceRequest(cases.prisma, form);
  if (form.mediaUrl !== null && !/^https?:\/\/\S+$/.test(form.mediaUrl))
    badOpen311Request('media_url must be an http(s) URL.');
  if (form.externalId !== null && form.externalId.length > maxExternalIdLength)
    badOpen311Request(`external_id must be at most ${maxExternalIdLength} characters.`);
  const known = form.externalId === null ? null : await findByExternalId(cases.prisma, client, form.externalId);
  if (known) return createdDocument(known, serviceNoticeOf(condition), form.accountId);
  const description = [form.description ?? condition.description, form.mediaUrl && `media_url: ${form.mediaUrl}`]
    .filter(Boolean)
    .join('\n\n');
  const result = await receiveSystemReport(
    cases,
    {
      source: 'OPEN311',
      visibility: { gridCodePrefix: client.gridCodePrefix, departmentId: null },
      open311ClientId: client.id,
    },
    {
      source: 'OPEN311',
      ...point,
      categoryId: service.categoryId,
      filingConditionId: condition.id,
      description,
      address: form.addressString,
      componentCode,
      idempotencyKey: `${client.id}:${idempotencyKey ?? form.externalId ?? randomUUID()}`,
      photos: [],
      selfHandled: false,
      selfHandleNote: null,
      reporterName: reporterNameOf(form.firstName, form.lastName),
      reporterContact: [form.phone, form.email].filter(Boolean).join(' / ') || null,
      externalRef: form.externalId,
    },
  ).catch((error: unknown) => answerWhenSentTwiceAtOnce(error, cases.prisma, client, form.externalId));
  if (typeof result === 'string') return createdDocument(result, serviceNoticeOf(condition), form.accountId);
  const created = await cases.prisma.case.findUniqueOrThrow({ where: { id: result.caseId }, select: { code: true } });
  return createdDocument(created.code, serviceNoticeOf(condition), form.accountId);
}

function createdDocument(code: string, serviceNotice: string, accountId: string | null): Open311Document {
  return {
    root: 'service_requests',
    body: listOf('request', [{ service_request_id: code, service_notice: serviceNotice, account_id: accountId }]),
  };
}

/**
 * The request this client already sent under `externalId` (a work order sent again, whatever its
 * Idempotency-Key): its code, so the answer is the first request's. 400 when another client's
 * request holds the id (external references are unique per source).
 */
async function findByExternalId(prisma: PrismaClient, client: Open311Client, externalId: string) {
  const known = await prisma.case.findFirst({
    where: { source: 'OPEN311', externalRef: externalId },
    select: { code: true, open311ClientId: true },
  });
  if (known && known.open311ClientId !== client.id) {
    badOpen311Request(`external_id ${externalId} already names another client system's request.`);
  }
  return known?.code ?? null;
}

/**
 * The same work order sent twice at once under different Idempotency-Keys: both pass the lookup by
 * external_id, and intake refuses the second on the external reference index (CONFLICT). The answer
 * is then the code of the request that won, as for a work order sent again later.
 */
async function answerWhenSentTwiceAtOnce(
  error: unknown,
  prisma: PrismaClient,
  client: Open311Client,
  externalId: string | null,
): Promise<string> {
  const sentTwice = DomainError.is(error) && error.code === 'CONFLICT' && error.details?.field === 'externalRef';
  const winner = sentTwice && externalId !== null ? await findByExternalId(prisma, client, externalId) : null;
  if (winner === null) throw error;
  return winner;
}

/** Given then family name, except in Chinese, where the family name comes first without a space. */
function reporterNameOf(first: string | null, last: string | null): string | null {
  if (first === null && last === null) return null;
  const isChinese = /[\u4e00-\u9fff]/.test(`${first ?? ''}${last ?? ''}`);
  return isChinese ? `${last ?? ''}${first ?? ''}` : [first, last].filter(Boolean).join(' ');
}
