import { builder } from './builder.js';
import './file-scalar.js';
import './json-scalar.js';
import '../modules/areas/area.schema.js';
import '../modules/audit/audit-event.schema.js';
import '../modules/auth/me.schema.js';
import '../modules/auth/sign-in.schema.js';
import '../modules/geography/generate/generation.schema.js';
import '../modules/geography/import/layer-import.schema.js';
import '../modules/grids/grid-location.schema.js';

/** The whole GraphQL schema: each module's *.schema.ts registers its types on the builder. */
export const schema = builder.toSchema({ sortSchema: true });
