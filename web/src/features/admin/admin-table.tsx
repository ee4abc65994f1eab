import type { ReactNode } from 'react';

interface AdminTableProps {
  /** The `data-testid` the browser tests find the table by. */
  testId: string;
  /** Column headings in order; an empty string is a blank heading (the column of row buttons). */
  headers: readonly string[];
  /** The body rows. */
  children: ReactNode;
}

/**
 * The scrolling frame and heading row every admin list shares, so the pages differ only in
 * their rows and a new list cannot drift from the others' markup.
 */
export function AdminTable({ testId, headers, children }: AdminTableProps) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid={testId}>
        <thead>
          <tr>
            {headers.map((label, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headings are fixed positions, and blanks repeat
              <th key={index}>{label === '' ? null : label}</th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
