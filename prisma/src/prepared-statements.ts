import type { Prisma } from './generated/prisma/client.js';

/** A statement's `$n` text and the name it is prepared under on every connection ('' when unnamed). */
export interface PreparedStatement {
  readonly text: string;
  readonly name: string;
}

interface KnownStatement extends PreparedStatement {
  /** The template parts the text was joined from. */
  readonly parts: readonly string[];
}

/**
 * Hot-path statements are a fixed set (a few per layer); past this many, new texts run unnamed
 * rather than pile up on connections.
 */
const maxNamedStatements = 100;

/** Known statements by their first template part, for the lookup below. */
const statementsByHead = new Map<string, KnownStatement[]>();
let namedCount = 0;

/**
 * The prepared statement for `sql`: the same text always gets the same name, shared by every pool,
 * so a connection never sees one name for two texts.
 *
 * Found by the template parts rather than by the text. `Prisma.Sql#text` joins the parts anew on
 * every read and a map lookup then hashes the whole fresh string, kilobytes for the intake
 * statements, ~4 % of the API's CPU on a report. The parts of a tagged template are the same string
 * objects on every call, so matching them is a pointer comparison each; parts joined from a nested
 * fragment are fresh strings and compare by content, which is still exact.
 */
export function preparedStatementOf(sql: Prisma.Sql): PreparedStatement {
  const parts = sql.strings;
  const head = parts[0] ?? '';
  const candidates = statementsByHead.get(head);
  const known = candidates?.find((candidate) => samePartsAs(candidate.parts, parts));
  if (known) return known;
  const text = sql.text;
  if (namedCount >= maxNamedStatements) return { text, name: '' };
  namedCount += 1;
  const statement: KnownStatement = { text, name: `gridloop_direct_${namedCount}`, parts: [...parts] };
  if (candidates) candidates.push(statement);
  else statementsByHead.set(head, [statement]);
  return statement;
}

function samePartsAs(known: readonly string[], parts: readonly string[]): boolean {
  if (known.length !== parts.length) return false;
  for (let i = 0; i < parts.length; i += 1) if (known[i] !== parts[i]) return false;
  return true;
}
