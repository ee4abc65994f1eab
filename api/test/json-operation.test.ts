import { describe, expect, it } from 'vitest';
import { maxQueryDepth } from '../src/graphql/depth-limit.js';
import { createDocumentCache } from '../src/graphql/document-cache.js';
import { jsonOperationOf } from '../src/graphql/json-operation.js';
import { schema } from '../src/graphql/schema.js';

const bodyOf = (params: unknown) => JSON.stringify(params);

describe('the JSON fast lane: which bodies it runs itself', () => {
  const documentOf = createDocumentCache(schema);

  it('reads a query with its variables and operation name', () => {
    const query = 'query Areas($p: String) { areas(level: STREET, parentCode: $p) { code } }';
    const operation = jsonOperationOf(
      bodyOf({ query, variables: { p: '310101' }, operationName: 'Areas' }),
      documentOf,
    );
    expect(operation?.variables).toEqual({ p: '310101' });
    expect(operation?.operationName).toBe('Areas');
    expect(operation?.document.definitions).toHaveLength(1);
  });

  it('takes null variables and operation name as absent, and ignores extensions', () => {
    const operation = jsonOperationOf(
      bodyOf({ query: '{ __typename }', variables: null, operationName: null, extensions: {} }),
      documentOf,
    );
    expect(operation).toMatchObject({ variables: undefined, operationName: undefined });
  });

  it.each([
    ['text that is not JSON', '{"query": '],
    ['a batch', bodyOf([{ query: '{ __typename }' }])],
    ['a JSON string', bodyOf('{ __typename }')],
    ['no query', bodyOf({ variables: {} })],
    ['a query that is not text', bodyOf({ query: 42 })],
    ['variables that are not an object', bodyOf({ query: '{ __typename }', variables: [1] })],
    ['an operation name that is not text', bodyOf({ query: '{ __typename }', operationName: 7 })],
    ['an unknown parameter', bodyOf({ query: '{ __typename }', documentId: 'abc' })],
    ['a query that does not parse', bodyOf({ query: '{ __typename' })],
    ['a query that does not validate', bodyOf({ query: '{ noSuchField }' })],
    ['a subscription', bodyOf({ query: 'subscription { caseChanged { caseId } }' })],
    ['two operations and no name', bodyOf({ query: 'query A { __typename } query B { __typename }' })],
    ['an operation name the document lacks', bodyOf({ query: 'query A { __typename }', operationName: 'B' })],
  ])('leaves %s to yoga', (_what, body) => {
    expect(jsonOperationOf(body, documentOf)).toBeNull();
  });
});

describe('the document cache', () => {
  it('parses and validates a text once, then answers the same document', () => {
    const documentOf = createDocumentCache(schema);
    const first = documentOf('{ __typename }');
    expect(first).not.toBeNull();
    expect(documentOf('{ __typename }')).toBe(first);
  });

  it('applies the depth limit', () => {
    const documentOf = createDocumentCache(schema);
    let selection = 'code';
    for (let depth = 2; depth <= maxQueryDepth + 1; depth += 1) selection = `children { ${selection} }`;
    expect(documentOf(`{ area(code: "310101") { ${selection} } }`)).toBeNull();
  });

  it('forgets the least recently used text beyond its size, and never remembers long texts', () => {
    const documentOf = createDocumentCache(schema, { maxEntries: 2, maxCachedLength: 40 });
    const a = documentOf('{ a: __typename }');
    documentOf('{ b: __typename }');
    expect(documentOf('{ a: __typename }')).toBe(a); // a is now the most recently used
    documentOf('{ c: __typename }'); // evicts b
    expect(documentOf('{ a: __typename }')).toBe(a);
    const long = `{ ${'x'.repeat(40)}: __typename }`;
    expect(documentOf(long)).not.toBe(documentOf(long));
  });
});
