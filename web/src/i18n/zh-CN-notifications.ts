/** Chinese strings of the header's notification bell (步骤预警 / 超时提醒). Spread into zh-CN. */
export const zhCNNotifications = {
  'notifications.bell': '通知',
  'notifications.bellUnread': '通知（{count} 条未读）',
  'notifications.title': '通知',
  'notifications.markAllRead': '全部标为已读',
  'notifications.loading': '正在加载通知…',
  'notifications.empty': '暂无通知',
  'notifications.loadError': '通知加载失败。',
  'notifications.retry': '重试',
  'notifications.unread': '未读',
  'notifications.kind.STEP_YELLOW': '即将超时',
  'notifications.kind.STEP_RED': '已超时',
};
