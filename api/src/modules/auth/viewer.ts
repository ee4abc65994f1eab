import type { Role } from '@gridloop/prisma';

/** Who is asking: the signed-in user as every resolver and service sees them. */
export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  roles: readonly Role[];
  /** The area the user is scoped to (id and code): nobody sees or touches anything outside it. */
  areaId: number;
  areaCode: string;
  sessionId: number;
}
