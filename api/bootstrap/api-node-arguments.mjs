/**
 * How Node runs the API process, for `npm start` and for the tests and benchmarks that start the API
 * as it is deployed (test/src/server/api-process.ts).
 *
 * `--max-semi-space-size=64` (MiB, Node 20's default is 16): V8 allocates every request's short-lived
 * objects (HTTP, GraphQL, rows) in the young generation and scavenges it whenever a semi-space fills.
 * A larger one scavenges less often and promotes fewer objects still in flight. In back-to-back
 * intake benchmarks, 32 took ~8 % less CPU per report than the default and 64 another 4-13 % less
 * than 32 (three pairs). The young generation grows to it only under allocation pressure: at most
 * ~150 MiB more than the default, on a busy server. (api/package.json's `start` repeats these
 * flags: JSON cannot import them.)
 */
export const apiNodeArguments = ['--max-semi-space-size=64', '--import', 'tsx'];
