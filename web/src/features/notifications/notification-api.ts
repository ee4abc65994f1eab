import { graphqlRequest } from '../../api/graphql-client';

export interface NotificationItem {
  id: string;
  kind: 'STEP_YELLOW' | 'STEP_RED';
  caseId: string | null;
  caseCode: string | null;
  titleZh: string;
  titleEn: string;
  createdAt: string;
  readAt: string | null;
}

/** How many of the viewer's notifications are unread (the bell's badge). */
export async function fetchUnreadCount(signal?: AbortSignal): Promise<number> {
  const data = await graphqlRequest<{ unreadNotificationCount: number }>(
    'query UnreadNotificationCount { unreadNotificationCount }',
    undefined,
    { signal },
  );
  return data.unreadNotificationCount;
}

/** The viewer's newest notifications (read and unread) and the unread count, in one round trip. */
export async function fetchNotifications(
  first: number,
  signal?: AbortSignal,
): Promise<{ items: NotificationItem[]; unread: number }> {
  const data = await graphqlRequest<{ notifications: NotificationItem[]; unreadNotificationCount: number }>(
    `query Notifications($first: Int) {
      notifications(first: $first) { id kind caseId caseCode titleZh titleEn createdAt readAt }
      unreadNotificationCount }`,
    { first },
    { signal },
  );
  return { items: data.notifications, unread: data.unreadNotificationCount };
}

/** Marks the listed notifications read, or all of them; returns how many turned read. */
export async function markNotificationsRead(target: { ids: readonly string[] } | { all: true }): Promise<number> {
  const data = await graphqlRequest<{ markNotificationsRead: number }>(
    'mutation MarkNotificationsRead($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }',
    target,
  );
  return data.markNotificationsRead;
}
