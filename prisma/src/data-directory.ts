import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** prisma/data: the real public data shipped for the demo city, with its licences. */
export const dataDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
