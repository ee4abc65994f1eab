import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * How deep a selection may nest. The deepest legitimate query today (areas → children →
 * children → fields) is 4; 12 leaves room for case detail screens while stopping the
 * relation-cycling queries (area → parent → children → parent …) that would multiply database work.
 */
export const maxQueryDepth = 12;

/** Depth of a selection set, following fragments; introspection (`__schema`, `__type`) is not counted. */
function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      // A fragment spread inside itself is reported by GraphQL's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

/** A validation rule rejecting operations nested deeper than `limit`, with code QUERY_TOO_DEEP. */
export function depthLimitRule(limit: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > limit) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; at most ${limit} are allowed.`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP', depth, limit },
            }),
          );
        }
      },
    };
  };
}

/** Adds the depth limit to every request's validation. */
export function useDepthLimit(limit = maxQueryDepth): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(limit));
    },
  };
}
