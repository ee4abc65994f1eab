import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { createSessionToken, hashSessionToken, isWellFormedSessionToken } from '../src/modules/auth/session-token.js';
import { unknownUserPasswordHash } from '../src/modules/auth/unknown-user-password-hash.js';

describe('session tokens', () => {
  it('are 32 random bytes in base64url, stored only as their SHA-256', () => {
    const { token, tokenHash } = createSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(tokenHash).not.toContain(token);
  });

  it('hash the same token the same way, and never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createSessionToken().token));
    expect(tokens.size).toBe(1000);
    expect(hashSessionToken('x'.repeat(43))).toBe(hashSessionToken('x'.repeat(43)));
    expect(hashSessionToken('x'.repeat(43))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('recognise malformed tokens without asking the database', () => {
    expect(isWellFormedSessionToken(createSessionToken().token)).toBe(true);
    for (const bad of ['', 'short', `${'a'.repeat(42)}=`, `${'a'.repeat(42)}+`, 'a'.repeat(44), `${'a'.repeat(42)} `]) {
      expect(isWellFormedSessionToken(bad)).toBe(false);
    }
  });
});

describe('the hash unknown usernames are checked against', () => {
  it('costs what a real password check costs: same scheme and parameters as hashPassword', async () => {
    const parameters = (hash: string) => hash.split('$').slice(0, 4).join('$');
    expect(parameters(unknownUserPasswordHash)).toBe(parameters(await hashPassword('anything')));
  });
});
