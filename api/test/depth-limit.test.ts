import { getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimitRule } from '../src/graphql/depth-limit.js';
import { schema } from '../src/graphql/schema.js';

const errorsOf = (query: string, limit = 4) => validate(schema, parse(query), [depthLimitRule(limit)]);

/** `{ area { children { … { code } } } }`, `levels` deep counting `area` and `code`. */
function nestedAreas(levels: number): string {
  let inner = 'code';
  for (let i = 2; i < levels; i += 1) inner = `children { ${inner} }`;
  return `{ area(code: "310101") { ${inner} } }`;
}

describe('query depth limit', () => {
  it('lets queries up to the limit through', () => {
    expect(errorsOf(nestedAreas(4))).toEqual([]);
  });

  it('refuses deeper ones with QUERY_TOO_DEEP, the depth and the limit', () => {
    const [error, ...rest] = errorsOf(nestedAreas(5));
    expect(rest).toEqual([]);
    expect(error?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', depth: 5, limit: 4 });
  });

  it('counts depth through named and inline fragments', () => {
    const query = `
      fragment deeper on Area { children { children { code } } }
      { area(code: "310101") { ... on Area { children { ...deeper } } } }`;
    expect(errorsOf(query)[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('does not count introspection, so GraphiQL and code generators keep working', () => {
    expect(errorsOf(getIntrospectionQuery())).toEqual([]);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const query = 'fragment loop on Area { children { ...loop } } { area(code: "310101") { ...loop } }';
    expect(() => errorsOf(query)).not.toThrow();
  });
});
