import type { zhCNNotifications } from './zh-CN-notifications';

/** English strings of the notification bell; the same keys as the Chinese ones. */
export const enNotifications: Record<keyof typeof zhCNNotifications, string> = {
  'notifications.bell': 'Notifications',
  'notifications.bellUnread': 'Notifications ({count} unread)',
  'notifications.title': 'Notifications',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.loading': 'Loading notifications…',
  'notifications.empty': 'No notifications',
  'notifications.loadError': 'Could not load the notifications.',
  'notifications.retry': 'Retry',
  'notifications.unread': 'Unread',
  'notifications.kind.STEP_YELLOW': 'Due soon',
  'notifications.kind.STEP_RED': 'Overdue',
};
