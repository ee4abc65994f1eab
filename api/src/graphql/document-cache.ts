import { type DocumentNode, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { createLruMap } from '../lru-map.js';
import { depthLimitRule, maxQueryDepth } from './depth-limit.js';

export interface DocumentCacheOptions {
  /** Texts remembered at most; the least recently used goes first. */
  maxEntries?: number;
  /** Longer texts are checked every time rather than remembered. */
  maxCachedLength?: number;
}

/**
 * Parses and validates query texts (GraphQL's rules and the depth limit, depth-limit.ts) and
 * remembers the answer: clients send the same few operations over and over (the apps' fixed
 * queries), so each text is checked once. Bounded, so arbitrary texts cannot grow it. Answers null
 * for a text that does not parse or validate: the caller hands those to yoga, which words the errors.
 */
export function createDocumentCache(
  schema: GraphQLSchema,
  { maxEntries = 1000, maxCachedLength = 20_000 }: DocumentCacheOptions = {},
) {
  const rules = [...specifiedRules, depthLimitRule(maxQueryDepth)];
  const checked = createLruMap<string, DocumentNode | null>({ maxCost: maxEntries });

  const check = (query: string): DocumentNode | null => {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return null;
    }
    return validate(schema, document, rules).length === 0 ? document : null;
  };

  return (query: string): DocumentNode | null => {
    const known = checked.get(query);
    if (known !== undefined) return known;
    const document = check(query);
    if (query.length <= maxCachedLength) checked.set(query, document);
    return document;
  };
}
