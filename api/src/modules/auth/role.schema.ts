import { Role } from '@gridloop/prisma';
import { builder } from '../../graphql/builder.js';

/** The roles as GraphQL sees them; one person may hold several. */
export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description:
    'OFFICER 监督员, OPERATOR 受理员, SHIFT_LEADER 值班长, DISPATCHER 派遣员, HANDLER 专业部门, LEADER 领导, ADMIN 管理员.',
});
