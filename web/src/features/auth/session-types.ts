/** The roles of §1, as the API's `Role` enum names them. */
export const ROLES = ['OFFICER', 'OPERATOR', 'SHIFT_LEADER', 'DISPATCHER', 'HANDLER', 'LEADER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user as `me` returns them: enough to pick their sections and queues. */
export interface Me {
  username: string;
  displayName: string;
  roles: readonly Role[];
  area: { code: string; name: string };
}

export type SessionState =
  /** `me` has not answered yet: show nothing that depends on the role. */
  { status: 'loading' } | { status: 'anonymous' } | { status: 'signed-in'; me: Me };
