/**
 * How Node runs the API process, for `npm start` and for the tests and benchmarks that start the API
 * as it is deployed (test/src/server/api-process.ts).
 *
 * `--max-semi-space-size=32` (MiB, Node 20's default is 16): V8 allocates every request's short-lived
 * objects (HTTP, GraphQL, rows) in the young generation and scavenges it whenever a semi-space fills.
 * A larger one scavenges half as often and promotes fewer objects still in flight, for at most
 * a few tens of MiB more memory: ~8 % less CPU per intake report in the benchmark. (api/package.json's `start`
 * repeats these flags: JSON cannot import them.)
 */
export const apiNodeArguments = ['--max-semi-space-size=32', '--import', 'tsx'];
