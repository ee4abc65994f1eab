import { builder } from './builder.js';

/**
 * An uploaded file. graphql-yoga parses multipart requests (the GraphQL multipart request spec)
 * and passes each file to resolvers as a WHATWG File; this scalar only names it in the schema.
 * Browsers and scripts sending one must add the x-graphql-yoga-csrf header (see csrf-prevention.ts).
 */
builder.scalarType('File', {
  description: 'A file uploaded with the GraphQL multipart request spec (input only).',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
});
