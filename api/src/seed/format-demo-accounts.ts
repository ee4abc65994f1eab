import type { DemoUser } from './demo-users.js';

/** The demo accounts as an aligned table for the terminal. */
export function formatDemoAccounts(users: readonly DemoUser[]): string {
  const rows = users.map((user) => [user.username, user.password, user.roles.join(','), user.displayName]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows
    .map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd())
    .join('\n');
}
