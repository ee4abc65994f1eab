import { describe, expect, it } from 'vitest';
// The launcher is dependency-free JavaScript so it can run before anything is installed.
import { LauncherError } from '../../../api/bootstrap/console.mjs';
import { assertNodeVersion } from '../../../api/bootstrap/node-version.mjs';

describe('the launcher checks the Node version first', () => {
  it('accepts the required version and newer ones', () => {
    expect(() => assertNodeVersion('20.19.0')).not.toThrow();
    expect(() => assertNodeVersion('22.1.0')).not.toThrow();
  });

  it('stops an older Node with one line that says what to do', () => {
    expect(() => assertNodeVersion('18.20.4')).toThrow(LauncherError);
    expect(() => assertNodeVersion('20.11.1')).toThrow(
      /Node 20\.11\.1 is too old: gridloop needs Node >= 20\.19 \(install/,
    );
  });
});
