import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/** Where `pnpm --filter @gridloop/api dev` listens. */
const API_ORIGIN = 'http://127.0.0.1:4000';

/** In production the API serves the built app, so these are same-origin; in dev, proxy them. */
const apiProxy: Record<string, ProxyOptions> = Object.fromEntries(
  ['/graphql', '/healthz', '/readyz', '/tiles', '/geojson', '/photos'].map((path) => [path, { target: API_ORIGIN }]),
);

export default defineConfig({
  plugins: [react()],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
