// Writes (--write) or verifies (--check) api/schema.graphql, the committed SDL that reviewers and
// the web client read. CI runs --check so the file can never drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './schema.js';

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema.graphql');
const header = '# Generated from the Pothos schema by `pnpm schema:print`. Do not edit by hand.\n\n';
const printed = `${header}${printSchema(schema)}\n`;

if (process.argv.includes('--check')) {
  const committed = readFileSync(schemaFile, { encoding: 'utf8', flag: 'a+' });
  if (committed !== printed) {
    console.error('api/schema.graphql is out of date with the code: run `pnpm schema:print` and commit it.');
    process.exit(1);
  }
  console.log('api/schema.graphql is current.');
} else {
  writeFileSync(schemaFile, printed);
  console.log('wrote api/schema.graphql');
}
