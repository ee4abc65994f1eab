import type { AreaLevel, Role } from '@gridloop/prisma';

/** Who is asking: the signed-in user as every resolver and service sees them. */
export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  roles: readonly Role[];
  /** The area the user is scoped to (id and code): nobody sees or touches anything outside it. */
  areaId: number;
  areaCode: string;
  areaLevel: AreaLevel;
  /** Handlers: the department whose queue they work (they see only its cases). */
  departmentId: number | null;
  /** Officers: their beat (责任网格) code; verify and check tasks in it are theirs. */
  beatCode: string | null;
  sessionId: number;
}
