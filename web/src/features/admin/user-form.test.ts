import { describe, expect, it } from 'vitest';
import type { UserAccount } from './user-api';
import { initialUserForm, toUserInput, userFormProblem } from './user-form';

const handler: UserAccount = {
  id: 5,
  username: 'handler',
  displayName: '专业部门',
  roles: ['HANDLER'],
  area: { code: '310101', name: '黄浦区' },
  department: { id: 3, name: '黄浦区绿化市容局' },
  beatCode: null,
  isActive: true,
};

describe('the user form', () => {
  it('drops the department when the handler role goes (null clears it on update)', () => {
    const form = { ...initialUserForm(handler), roles: ['OPERATOR' as const] };
    expect(toUserInput(form, 5).fields).toMatchObject({
      id: 5,
      roles: ['OPERATOR'],
      departmentId: null,
      beatCode: null,
    });
  });

  it('creates an officer with a beat and no department field at all', () => {
    const form = {
      ...initialUserForm(null),
      username: 'officer2',
      displayName: '网格员二',
      password: 'a-long-password',
      roles: ['OFFICER' as const],
      areaCode: '310101002',
      beatCode: ' 310101002001 ',
      departmentId: '3',
    };
    expect(userFormProblem(form, true)).toBeNull();
    const input = toUserInput(form, null);
    expect(input.mode).toBe('create');
    expect(input.fields).toMatchObject({ username: 'officer2', password: 'a-long-password', beatCode: '310101002001' });
    expect(input.fields).not.toHaveProperty('departmentId');
  });

  it('asks for what the API would refuse: a short password, no role, a handler without department', () => {
    const form = { ...initialUserForm(handler), password: 'short' };
    expect(userFormProblem(form, true)?.field).toBe('password');
    expect(userFormProblem(form, false)).toBeNull();
    expect(userFormProblem({ ...form, roles: [] }, false)?.field).toBe('roles');
    expect(userFormProblem({ ...form, departmentId: '' }, false)?.field).toBe('departmentId');
  });
});
