import type { DirectQuery } from '../direct-query.js';
import { Prisma } from '../generated/prisma/client.js';

interface IndexDefinition {
  table: string;
  index: string;
  /** The constraint the index backs (primary key, unique), else null. */
  constraint: string | null;
  /** CREATE INDEX …, or the constraint's definition (PRIMARY KEY (…)). */
  definition: string;
}

/**
 * Runs `work` on tables without their indexes and builds them again after, from their own catalog
 * definitions (same names, columns and constraints): filling a table and then sorting each index once
 * is several times cheaper than keeping the indexes up to date row by row. Only inside a transaction
 * that already holds the tables exclusively (after TRUNCATE): nobody can see them without indexes, and
 * a failure rolls the drop back with the rest. A key that is no longer unique fails the rebuild there.
 */
export async function withoutIndexes<T>(
  query: DirectQuery,
  tables: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  const indexes = await query<IndexDefinition>(Prisma.sql`
    SELECT t.relname AS "table", x.relname AS "index", c.conname AS "constraint",
      CASE WHEN c.conname IS NULL THEN pg_get_indexdef(i.indexrelid) ELSE pg_get_constraintdef(c.oid) END AS definition
    FROM pg_index i
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_class x ON x.oid = i.indexrelid
    LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u')
    WHERE t.relname = ANY(${[...tables]}::text[]) AND t.relnamespace = current_schema()::regnamespace
    ORDER BY t.relname, x.relname`);
  for (const { table, index, constraint } of indexes) {
    await query(
      Prisma.raw(constraint ? `ALTER TABLE "${table}" DROP CONSTRAINT "${constraint}"` : `DROP INDEX "${index}"`),
    );
  }
  const result = await work();
  for (const { table, constraint, definition } of indexes) {
    await query(
      Prisma.raw(constraint ? `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint}" ${definition}` : definition),
    );
  }
  return result;
}
