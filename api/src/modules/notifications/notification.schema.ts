import { builder } from '../../graphql/builder.js';
import { requireViewer } from '../auth/require-role.js';
import { markNotificationsRead, notificationPageArgs } from './notification-service.js';

const NotificationKindEnum = builder.enumType('NotificationKind', {
  values: { STEP_YELLOW: {}, STEP_RED: {} },
  description: 'STEP_YELLOW: a step in the user’s queue used 80 % of its limit; STEP_RED: it is overdue.',
});

builder.prismaObject('Notification', {
  description: 'An in-app notification for the signed-in user (a step of a case turned yellow or red).',
  fields: (t) => ({
    id: t.id({ resolve: (notification) => notification.id.toString() }),
    kind: t.expose('kind', { type: NotificationKindEnum }),
    caseId: t.id({ nullable: true, resolve: (notification) => notification.caseId?.toString() ?? null }),
    caseCode: t.string({
      nullable: true,
      select: { case: { select: { code: true } } },
      resolve: (notification) => notification.case?.code ?? null,
    }),
    titleZh: t.exposeString('titleZh'),
    titleEn: t.exposeString('titleEn'),
    createdAt: t.string({ resolve: (notification) => notification.createdAt.toISOString() }),
    readAt: t.string({ nullable: true, resolve: (notification) => notification.readAt?.toISOString() ?? null }),
  }),
});

builder.queryFields((t) => ({
  notifications: t.prismaField({
    type: ['Notification'],
    description:
      'The viewer’s own notifications, newest first. Page with `after` = the id of the last one received; ' +
      'fewer than `first` means the end.',
    args: {
      unreadOnly: t.arg.boolean({ defaultValue: false }),
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.id(),
    },
    resolve: (query, _root, args, { prisma, viewer }) => {
      const { userId } = requireViewer(viewer);
      const page = notificationPageArgs({
        userId,
        unreadOnly: args.unreadOnly ?? false,
        first: args.first ?? 20,
        after: args.after == null ? null : String(args.after),
      });
      return prisma.notification.findMany({ ...query, ...page });
    },
  }),
  unreadNotificationCount: t.int({
    description: 'How many of the viewer’s notifications are unread (the bell’s badge).',
    resolve: (_root, _args, { prisma, viewer }) =>
      prisma.notification.count({ where: { userId: requireViewer(viewer).userId, readAt: null } }),
  }),
}));

builder.mutationField('markNotificationsRead', (t) =>
  t.int({
    description:
      'Marks the viewer’s notifications read: `ids`, or every unread one with `all: true` (exactly one of the ' +
      'two). Returns how many turned read. NOT_FOUND when an id is not the viewer’s (nothing changes).',
    args: { ids: t.arg.idList(), all: t.arg.boolean() },
    resolve: (_root, { ids, all }, { prisma, viewer, clock }) =>
      markNotificationsRead({
        prisma,
        userId: requireViewer(viewer).userId,
        ids: ids?.map(String),
        all,
        now: clock.now(),
      }),
  }),
);
