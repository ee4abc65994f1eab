import { builder } from './builder.js';
import './json-scalar.js';
import '../modules/areas/area.schema.js';

/** The whole GraphQL schema: each module's *.schema.ts registers its types on the builder. */
export const schema = builder.toSchema({ sortSchema: true });
