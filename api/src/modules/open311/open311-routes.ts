import type Router from '@koa/router';
import type { Context } from 'koa';
import type { Logger } from '../../logger.js';
import type { CaseServiceDependencies } from '../cases/case-services.js';
import { authenticateOpen311Client } from './authenticate-open311-client.js';
import { discoveryDocument, open311BasePath } from './discovery-document.js';
import type { Open311Document } from './open311-document.js';
import { errorDocument, Open311Error, open311ErrorOf } from './open311-error.js';
import { parseOpen311Resource, sendOpen311 } from './open311-format.js';
import { findOpen311Service, listOpen311Services } from './open311-service.js';
import { parseRequestFilters } from './parse-request-filters.js';
import { parseServiceRequestForm } from './parse-service-request-form.js';
import { registerPublicMediaRoute } from './public-media-route.js';
import { type QueryValues, singleValue } from './query-values.js';
import { readFormBody } from './read-form-body.js';
import { requestsDocument } from './request-documents.js';
import { resolveJurisdiction } from './resolve-jurisdiction.js';
import { selectServiceRequest, selectServiceRequests } from './select-service-requests.js';
import { tokenDocument } from './select-token.js';
import { serviceDefinitionDocument, servicesDocument } from './service-documents.js';
import { submitServiceRequest } from './submit-service-request.js';

export interface Open311RouteDependencies {
  /** The case services: intake for POST, the database and clock for everything. */
  cases: CaseServiceDependencies;
  logger: Logger;
}

/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at /open311/v2, every resource in
 * .xml and .json: discovery, services, services/{service_code}, requests (GET, and POST with an
 * api_key), requests/{service_request_id}, tokens/{token}; plus the public media route media_url
 * points at. Services are minor classes, requests are cases. Errors are the spec's error list.
 * GETs are public and readable cross-origin; POST needs a key an admin issued.
 */
export function registerOpen311Routes(router: Router, { cases, logger }: Open311RouteDependencies) {
  const { prisma } = cases;
  const jurisdictionOf = (query: QueryValues) =>
    resolveJurisdiction(prisma, singleValue(query, 'jurisdiction_id', repeatedArgument));
  const readRequests = async (ctx: Context, id?: string) => {
    const prefix = await jurisdictionOf(ctx.query);
    const filters = parseRequestFilters(ctx.query, cases.clock.now());
    const found = id
      ? await selectServiceRequest(prisma, id, prefix)
      : await selectServiceRequests(prisma, filters, prefix);
    if (id && !found.cases.length) throw new Open311Error(404, `service_request_id ${id} was not found.`);
    return requestsDocument(found, { origin: publicOriginOf(ctx), extensions: filters.extensions });
  };

  router.get(`${open311BasePath}/:file`, (ctx) =>
    respond(ctx, logger, ctx.params.file, async (name) => {
      if (name === 'discovery') return discoveryDocument(prisma, publicOriginOf(ctx));
      if (name === 'services') {
        await jurisdictionOf(ctx.query);
        return servicesDocument(await listOpen311Services(prisma));
      }
      if (name === 'requests') return readRequests(ctx);
      throw new Open311Error(404, `${open311BasePath}/${name} is not a GeoReport v2 resource.`);
    }),
  );

  router.get(`${open311BasePath}/:collection/:file`, (ctx) =>
    respond(ctx, logger, ctx.params.file, async (name) => {
      const collection = ctx.params.collection;
      if (collection === 'services') {
        await jurisdictionOf(ctx.query);
        const service = await findOpen311Service(prisma, name);
        if (!service) throw new Open311Error(404, `service_code ${name} was not found.`);
        return serviceDefinitionDocument(service);
      }
      if (collection === 'requests') return readRequests(ctx, name);
      if (collection === 'tokens') return tokenDocument(prisma, name, await jurisdictionOf(ctx.query));
      throw new Open311Error(404, `${open311BasePath}/${collection} is not a GeoReport v2 resource.`);
    }),
  );

  router.post(`${open311BasePath}/:file`, (ctx) =>
    respond(ctx, logger, ctx.params.file, async (name) => {
      if (name !== 'requests') throw new Open311Error(404, `Only ${open311BasePath}/requests takes POST.`);
      const fields = await readFormBody(ctx);
      const apiKey = fields.get('api_key')?.[0] ?? singleValue(ctx.query, 'api_key', repeatedArgument);
      const client = await authenticateOpen311Client(cases, apiKey);
      await resolveJurisdiction(prisma, fields.get('jurisdiction_id')?.[0]?.trim() || null);
      const form = parseServiceRequestForm(fields);
      await cases.calendar.ensureLoaded();
      return submitServiceRequest(cases, client, form, ctx.get('Idempotency-Key').trim() || null);
    }),
  );

  registerPublicMediaRoute(router, { prisma, photoStore: cases.photoStore });
}

/**
 * This API's origin as clients reach it, for absolute URLs (discovery, media_url): behind a proxy,
 * from its X-Forwarded-Proto and X-Forwarded-Host (app.proxy is on). Koa 3's `ctx.origin` is the
 * request's Origin header, not this.
 */
function publicOriginOf(ctx: Context): string {
  return `${ctx.protocol}://${ctx.host}`;
}

function repeatedArgument(name: string): never {
  throw new Open311Error(400, `${name} may be given once.`);
}

/**
 * Answers one GeoReport call: the format from the extension (404 in XML, the required format, when
 * there is none), the document, or the spec's error list. Unexpected failures are logged and masked.
 */
async function respond(
  ctx: Context,
  logger: Logger,
  segment: string | undefined,
  produce: (name: string) => Promise<Open311Document>,
) {
  const resource = parseOpen311Resource(segment ?? '');
  if (ctx.method === 'GET') ctx.set('Access-Control-Allow-Origin', '*');
  if (!resource) {
    sendOpen311(
      ctx,
      'xml',
      errorDocument(new Open311Error(404, 'Name the format: append .xml or .json to the resource.')),
      404,
    );
    return;
  }
  try {
    sendOpen311(ctx, resource.format, await produce(resource.name));
  } catch (error) {
    const known = open311ErrorOf(error);
    if (!known)
      logger.error({ err: error, method: ctx.method, path: ctx.path }, 'unexpected error in an Open311 route');
    const answer =
      known ?? new Open311Error(500, 'General service error: the request could not be processed; try again later.');
    if (answer.retryAfterSeconds !== undefined) ctx.set('Retry-After', String(answer.retryAfterSeconds));
    sendOpen311(ctx, resource.format, errorDocument(answer), answer.status);
  }
}
