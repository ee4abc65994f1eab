/** Where a database URL points, without its password, for messages. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const socket = parsed.searchParams.get('host');
    const where = socket ? `socket ${socket}` : `${parsed.hostname}:${parsed.port || 5432}`;
    return `database "${decodeURIComponent(parsed.pathname.slice(1))}" at ${where}`;
  } catch {
    return 'the database in DATABASE_URL';
  }
}
