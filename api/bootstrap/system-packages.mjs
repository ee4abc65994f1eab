// Operating-system packages gridloop needs: PostgreSQL with PostGIS, Redis for live updates, and
// Chromium for browser tests.
// As root on Debian/Ubuntu they are installed with apt; otherwise the launcher names the command.
import { existsSync, readdirSync } from 'node:fs';
import { fail, timed } from './console.mjs';
import { capture, run } from './processes.mjs';

const postgresRoot = '/usr/lib/postgresql';
const isRoot = () => process.getuid?.() === 0;
const hasApt = () => existsSync('/usr/bin/apt-get');
let aptUpdated = false;

async function aptInstall(packages, why) {
  const command = `apt-get install -y ${packages.join(' ')}`;
  if (!isRoot() || !hasApt()) fail(`${why} is missing. Install it with: sudo ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await timed(`installed ${packages.join(', ')} with apt`, async () => {
    if (!aptUpdated) await run('apt-get', ['update', '-qq'], { env, failure: 'apt-get update failed (see above).' });
    aptUpdated = true;
    await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      env,
      failure: `${command} failed (see above).`,
    });
  });
}

/** Major versions of the PostgreSQL servers installed from packages, newest first. */
function installedPostgresMajors() {
  if (!existsSync(postgresRoot)) return [];
  return readdirSync(postgresRoot)
    .filter((name) => existsSync(`${postgresRoot}/${name}/bin/postgres`))
    .map(Number)
    .sort((a, b) => b - a);
}

const hasPostgis = (major) => existsSync(`/usr/share/postgresql/${major}/extension/postgis.control`);

/**
 * Makes sure a PostgreSQL server and PostGIS for every installed major version are present.
 * PostGIS is installed for all of them because the same machine's system cluster may be the one
 * DATABASE_URL points at. Returns the bin directory of the newest server.
 */
export async function ensurePostgres() {
  if (installedPostgresMajors().length === 0) await aptInstall(['postgresql', 'postgresql-contrib'], 'PostgreSQL');
  const majors = installedPostgresMajors();
  if (majors.length === 0)
    fail('PostgreSQL was installed but no server binaries were found under /usr/lib/postgresql.');
  const missing = majors.filter((major) => !hasPostgis(major));
  if (missing.length > 0) {
    await aptInstall(
      missing.map((major) => `postgresql-${major}-postgis-3`),
      `PostGIS for PostgreSQL ${missing.join(', ')}`,
    );
  }
  return `${postgresRoot}/${majors[0]}/bin`;
}

/** `redis-server` on the PATH, or Debian's, or null. */
function findRedisServer() {
  const onPath = capture('sh', ['-c', 'command -v redis-server']);
  if (onPath) return onPath;
  return existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : null;
}

/**
 * Makes sure a Redis server exists: live case updates fan out through it, as they do across several
 * API instances in production. Returns the path of `redis-server`.
 */
export async function ensureRedis() {
  const found = findRedisServer();
  if (found) return found;
  await aptInstall(['redis-server'], 'Redis');
  const installed = findRedisServer();
  if (!installed) fail('redis-server was installed but is neither on the PATH nor in /usr/bin.');
  return installed;
}

/** Makes sure a Chromium for the browser tests exists; CHROMIUM_PATH overrides the location. */
export async function ensureChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) fail(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((path) => existsSync(path));
  // Without a CJK font, screenshots of the Chinese UI show empty boxes instead of text.
  const needsFont = !capture('fc-list', [':lang=zh', 'family']);
  if (found && !needsFont) return found;
  await aptInstall(
    [...(found ? [] : ['chromium']), ...(needsFont ? ['fonts-wqy-zenhei'] : [])],
    'Chromium and a CJK font (for the browser tests)',
  );
  return found ?? '/usr/bin/chromium';
}
