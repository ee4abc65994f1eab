import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession, defaultAuthSettings, type ImportReport } from '@gridloop/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../src/db/index.js';
import {
  bund,
  featureCollection,
  geojsonBytes,
  gridLattice,
  importBundAreas,
} from '../src/layer-import/bund-layers.js';
import { countLayerRows } from '../src/layer-import/layer-row-counts.js';
import { uploadLayer } from '../src/layer-import/upload-layer.js';
import { repoRoot } from '../src/repo-paths.js';
import { type InProcessApi, startInProcessApi } from '../src/server/in-process-api.js';

// The two ways in: the importLayer mutation (multipart upload, ADMIN only) and the command line.

let database: TestDatabase;
let api: InProcessApi;
let workDir: string;
const [yunnan, longquan, hankou] = bund.communities as [
  (typeof bund.communities)[number],
  (typeof bund.communities)[number],
  (typeof bund.communities)[number],
];
const yunnanGrids = () => geojsonBytes(featureCollection(gridLattice(yunnan.code, yunnan.box, 2, 2)));

beforeAll(async () => {
  database = await createTestDatabase();
  api = await startInProcessApi(database.url);
  await importBundAreas(api.prisma);
  workDir = mkdtempSync(join(tmpdir(), 'gridloop-import-'));
});
afterAll(async () => {
  await api?.close();
  await database?.drop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

async function sessionOf(username: string, roles: ('ADMIN' | 'OFFICER')[], areaCode: string): Promise<string> {
  const area = await api.prisma.area.findUniqueOrThrow({ where: { code: areaCode } });
  const user = await api.prisma.user.create({
    data: { username, displayName: username, roles, areaId: area.id, passwordHash: 'unused' },
  });
  const session = await createSession(api.prisma, {
    userId: user.id,
    now: new Date(),
    settings: defaultAuthSettings,
    client: { ipAddress: '127.0.0.1', userAgent: 'layer-import test' },
  });
  return session.token;
}

describe('importLayer over GraphQL (multipart upload)', () => {
  it('answers UNAUTHENTICATED to an anonymous upload and writes nothing', async () => {
    const before = await countLayerRows(api.prisma);
    const { body } = await uploadLayer(api.baseUrl, {
      layer: 'UNIT_GRID',
      crs: 'WGS84',
      fileName: 'grids.geojson',
      bytes: yunnanGrids(),
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countLayerRows(api.prisma)).toEqual(before);
  });

  it('answers FORBIDDEN to a signed-in officer', async () => {
    const token = await sessionOf('officer', ['OFFICER'], '310101002');
    const { body } = await uploadLayer(api.baseUrl, {
      layer: 'UNIT_GRID',
      crs: 'WGS84',
      fileName: 'grids.geojson',
      bytes: yunnanGrids(),
      token,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an admin import a layer, and refuses features outside the admin’s area', async () => {
    const token = await sessionOf('street-admin', ['ADMIN'], '310101002');
    const upload = (bytes: Uint8Array) =>
      uploadLayer<{ importLayer: ImportReport }>(api.baseUrl, {
        layer: 'UNIT_GRID',
        crs: 'WGS84',
        fileName: 'grids.geojson',
        bytes,
        token,
      });
    const ok = await upload(yunnanGrids());
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.importLayer).toMatchObject({ ok: true, format: 'GEOJSON', written: 4 });
    const version = await api.prisma.layerImport.findUniqueOrThrow({
      where: { id: ok.body.data?.importLayer.layerImportId ?? -1 },
      include: { createdBy: true },
    });
    expect(version.createdBy?.username).toBe('street-admin');
    const elsewhere = await upload(geojsonBytes(featureCollection(gridLattice(hankou.code, hankou.box, 1, 1))));
    expect(elsewhere.body.data?.importLayer).toMatchObject({ ok: false, written: 0 });
    expect(elsewhere.body.data?.importLayer.errors[0]).toMatchObject({ featureIndex: 0, problem: 'OUTSIDE_SCOPE' });
  });

  it('answers a coded error for an unreadable upload', async () => {
    const token = await sessionOf('city-admin', ['ADMIN'], '310100');
    const bytes = new TextEncoder().encode('not json');
    const { body } = await uploadLayer(api.baseUrl, {
      layer: 'UNIT_GRID',
      crs: 'WGS84',
      fileName: 'x.geojson',
      bytes,
      token,
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('INVALID_FILE');
  });
});

describe('the import command line', () => {
  function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/modules/geography/import/cli.ts', ...args], {
      cwd: join(repoRoot, 'api'),
      env: { ...process.env, DATABASE_URL: database.url },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  }

  it('imports a file, dry-runs a bad one (exit 2, report on stdout) and refuses an unknown CRS (exit 1)', async () => {
    const good = join(workDir, 'longquan.geojson');
    writeFileSync(good, geojsonBytes(featureCollection(gridLattice(longquan.code, longquan.box, 2, 1))));
    const imported = await runCli(['--layer', 'UNIT_GRID', '--crs', 'WGS84', good]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ ok: true, written: 2, sourceName: 'longquan.geojson' });

    const bad = join(workDir, 'bad.geojson');
    writeFileSync(bad, geojsonBytes(featureCollection([{ code: '123', rings: [] }])));
    const dryRun = await runCli(['--layer', 'UNIT_GRID', '--crs', 'GCJ02', '--dry-run', bad]);
    expect(dryRun.code).toBe(2);
    expect(JSON.parse(dryRun.stdout)).toMatchObject({ ok: false, dryRun: true, errorCount: 2 });

    const unknownCrs = await runCli(['--layer', 'UNIT_GRID', '--crs', 'EPSG:3857', good]);
    expect(unknownCrs.code).toBe(1);
    expect(unknownCrs.stderr).toContain('UNSUPPORTED_CRS');
  });
});
