import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl } from '../src/startup/database-url.js';

describe('describeDatabaseUrl', () => {
  it('names database and socket, never the password', () => {
    const text = describeDatabaseUrl('postgresql://u:secret@localhost:54329/gridloop?host=%2Ftmp%2Fpg');
    expect(text).toBe('database "gridloop" at socket /tmp/pg');
    expect(describeDatabaseUrl('postgresql://u:secret@db.example:6432/app')).toBe('database "app" at db.example:6432');
  });
});
