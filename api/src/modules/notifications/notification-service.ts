import type { PrismaClient } from '@gridloop/prisma';
import { DomainError } from '../../errors/domain-error.js';

export const maxNotificationPage = 100;
const maxIdsPerMark = 500;

/** Ids arrive as GraphQL IDs (strings); anything but a positive integer is BAD_REQUEST. */
export function parseNotificationId(value: string, field: string): bigint {
  if (!/^[1-9]\d{0,18}$/.test(value)) {
    throw new DomainError('BAD_REQUEST', `${field} must be the id of a notification.`, { field });
  }
  return BigInt(value);
}

export interface NotificationPageOptions {
  userId: number;
  unreadOnly: boolean;
  first: number;
  /** The id of the last notification of the previous page. */
  after: string | null;
}

/** The Prisma filter and paging of the viewer's own notifications, newest first. */
export function notificationPageArgs(options: NotificationPageOptions) {
  const { userId, unreadOnly, first, after } = options;
  if (!Number.isInteger(first) || first < 1 || first > maxNotificationPage) {
    throw new DomainError('BAD_REQUEST', `first must be between 1 and ${maxNotificationPage}.`, { field: 'first' });
  }
  const before = after == null ? undefined : parseNotificationId(after, 'after');
  return {
    where: {
      userId,
      ...(unreadOnly && { readAt: null }),
      ...(before !== undefined && { id: { lt: before } }),
    },
    orderBy: { id: 'desc' as const },
    take: first,
  };
}

export interface MarkReadOptions {
  prisma: PrismaClient;
  userId: number;
  ids: readonly string[] | null | undefined;
  all: boolean | null | undefined;
  now: Date;
}

/**
 * Marks the viewer's notifications read: the listed ones, or every unread one with `all`. Returns
 * how many turned read (already read ones do not count). An id that is not the viewer's is
 * NOT_FOUND and nothing changes, so ids cannot be probed or touched across users.
 */
export async function markNotificationsRead({ prisma, userId, ids, all, now }: MarkReadOptions): Promise<number> {
  if ((all === true) === (ids != null)) {
    throw new DomainError('BAD_REQUEST', 'Give either ids or all: true.', { field: ids == null ? 'ids' : 'all' });
  }
  if (all) {
    const marked = await prisma.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
    return marked.count;
  }
  const list = ids ?? [];
  if (list.length === 0 || list.length > maxIdsPerMark) {
    throw new DomainError('BAD_REQUEST', `ids must list 1 to ${maxIdsPerMark} notifications.`, { field: 'ids' });
  }
  const wanted = [...new Set(list.map((id) => parseNotificationId(id, 'ids')))];
  return prisma.$transaction(async (tx) => {
    const own = await tx.notification.count({ where: { userId, id: { in: wanted } } });
    if (own < wanted.length) throw new DomainError('NOT_FOUND', 'Some of these notifications do not exist.');
    const marked = await tx.notification.updateMany({
      where: { userId, id: { in: wanted }, readAt: null },
      data: { readAt: now },
    });
    return marked.count;
  });
}
