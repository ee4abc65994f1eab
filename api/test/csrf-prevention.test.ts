import { describe, expect, it } from 'vitest';
import { isSimpleOperationRequest } from '../src/graphql/csrf-prevention.js';

const endpoint = 'http://localhost/graphql';
const check = (init: RequestInit, url = endpoint) => isSimpleOperationRequest(new Request(url, init), new URL(url));

describe('requests another site could send without a CORS preflight', () => {
  it('include form and plain-text POSTs', () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect(check({ method: 'POST', headers: { 'content-type': type }, body: '' })).toBe(true);
    }
    expect(check({ method: 'POST', headers: { 'content-type': 'Text/Plain;charset=UTF-8' }, body: '' })).toBe(true);
  });

  it('include GETs that run an operation, not the GraphiQL page', () => {
    expect(check({ method: 'GET' }, `${endpoint}?query=%7B__typename%7D`)).toBe(true);
    expect(check({ method: 'GET' })).toBe(false);
  });

  it('exclude JSON POSTs, which browsers preflight across origins', () => {
    expect(check({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).toBe(false);
    expect(check({ method: 'POST', headers: { 'content-type': 'application/graphql-response+json' }, body: '' })).toBe(
      false,
    );
  });
});
