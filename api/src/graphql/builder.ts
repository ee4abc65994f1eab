import type PrismaTypes from '@gridloop/prisma/pothos-types';
import { getDatamodel } from '@gridloop/prisma/pothos-types';
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import type { GraphQLContext } from './context.js';

/** Configures Pothos and its plugins; types are defined in the modules' *.schema.ts files. */
export const builder = new SchemaBuilder<{
  Context: GraphQLContext;
  PrismaTypes: PrismaTypes;
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    /** A multipart upload (GraphQL multipart request spec), handed to resolvers as a WHATWG File. */
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [PrismaPlugin],
  defaultFieldNullability: false,
  prisma: {
    // The client comes from the request context, so tests and instances inject their own.
    client: (context) => context.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
