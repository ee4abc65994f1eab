import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

/** Where `pnpm --filter @gridloop/api dev` listens. */
const API_ORIGIN = 'http://127.0.0.1:4000';

/** In production the API serves the built app, so these are same-origin; in dev, proxy them. */
const apiProxy: Record<string, ProxyOptions> = Object.fromEntries(
  ['/graphql', '/healthz', '/readyz', '/tiles', '/geojson', '/photos', '/export'].map((path) => [
    path,
    { target: API_ORIGIN },
  ]),
);

/**
 * Lists every file of the build in `precache-manifest.json`, which the service worker (public/sw.js)
 * caches on install, so lazy chunks such as the report screen are on the phone before they are
 * first opened. public/ files are copied as they are, so the list cannot be written into sw.js.
 */
function precacheManifest(): Plugin {
  return {
    name: 'gridloop-precache-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((fileName) => fileName !== 'index.html' && !fileName.endsWith('.map'))
        .sort();
      this.emitFile({
        type: 'asset',
        fileName: 'precache-manifest.json',
        source: `${JSON.stringify({ files }, null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), precacheManifest()],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
