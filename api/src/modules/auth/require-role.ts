import type { Role } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';
import type { Viewer } from './viewer.js';

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new DomainError('UNAUTHENTICATED', 'Sign in first.');
  return viewer;
}

/** The viewer if they hold one of `roles`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (!roles.some((role) => signedIn.roles.includes(role))) {
    throw new DomainError('FORBIDDEN', `This needs one of the roles ${roles.join(', ')}.`, { roles });
  }
  return signedIn;
}
