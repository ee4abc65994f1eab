import type { Role } from '@gridloop/prisma';

export interface DemoUser {
  username: string;
  /** Demo only: documented in the README and printed by `npm start`. */
  password: string;
  displayName: string;
  roles: Role[];
  /** Code of the area the user is scoped to. */
  areaCode: string;
  /** Handlers: code of the department whose queue they work (a code from demo-departments.ts). */
  departmentCode?: string;
  /**
   * Officers: which beat (责任网格) they patrol. 'first-in-area' is the current responsibility grid
   * with the lowest code in their area, since demo beats are derived and have no fixed code.
   */
  beat?: 'first-in-area';
}

/**
 * One account per role, scoped like a real deployment: the officer to a street (南京东路街道) and
 * its first beat, the dispatch center, handler and leader to a district (黄浦区), the admin to the
 * whole city. The handler works in 黄浦区环卫作业中心 (HP-HWZX), where the demo rules send 暴露垃圾
 * (event 0102) in 黄浦区, so the officer's most common report lands in the handler's queue.
 */
export const demoUsers: readonly DemoUser[] = [
  {
    username: 'officer',
    password: 'officer-demo',
    displayName: '王网格（监督员）',
    roles: ['OFFICER'],
    areaCode: '310101002',
    beat: 'first-in-area',
  },
  {
    username: 'operator',
    password: 'operator-demo',
    displayName: '李受理（受理员）',
    roles: ['OPERATOR'],
    areaCode: '310101',
  },
  {
    username: 'shiftlead',
    password: 'shiftlead-demo',
    displayName: '赵值班（值班长）',
    roles: ['SHIFT_LEADER'],
    areaCode: '310101',
  },
  {
    username: 'dispatcher',
    password: 'dispatcher-demo',
    displayName: '陈派遣（派遣员）',
    roles: ['DISPATCHER'],
    areaCode: '310101',
  },
  {
    username: 'handler',
    password: 'handler-demo',
    displayName: '周处置（专业部门）',
    roles: ['HANDLER'],
    areaCode: '310101',
    departmentCode: 'HP-HWZX',
  },
  { username: 'leader', password: 'leader-demo', displayName: '吴领导（领导）', roles: ['LEADER'], areaCode: '310101' },
  { username: 'admin', password: 'admin-demo', displayName: '孙管理（管理员）', roles: ['ADMIN'], areaCode: '310100' },
];
