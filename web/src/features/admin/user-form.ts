import type { Role } from '../auth/session-types';
import type { AdminError } from './admin-error';
import { firstFormProblem } from './form-problem';
import type { UserAccount } from './user-api';

export interface UserForm {
  username: string;
  displayName: string;
  /** Create only: the first password (at least 10 characters). */
  password: string;
  roles: Role[];
  areaCode: string;
  /** '' for none; only handlers have one. */
  departmentId: string;
  /** Only officers have a beat (责任网格). */
  beatCode: string;
  isActive: boolean;
}

export type UserInput =
  | { mode: 'create'; fields: Record<string, unknown> & { username: string } }
  | { mode: 'update'; fields: Record<string, unknown> & { id: number } };

export const MIN_PASSWORD_LENGTH = 10;

export function initialUserForm(user: UserAccount | null): UserForm {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    password: '',
    roles: user ? [...user.roles] : [],
    areaCode: user?.area.code ?? '',
    departmentId: user?.department ? String(user.department.id) : '',
    beatCode: user?.beatCode ?? '',
    isActive: user?.isActive ?? true,
  };
}

/** The scope rules a person can fix before sending: a handler needs a department, and so on. */
export function userFormProblem(form: UserForm, isNew: boolean): AdminError | null {
  return firstFormProblem([
    ['username', /^[A-Za-z0-9._@-]{2,64}$/.test(form.username.trim()), 'admin.problem.username'],
    ['displayName', form.displayName.trim() !== '', 'admin.problem.required'],
    ['password', !isNew || form.password.length >= MIN_PASSWORD_LENGTH, 'admin.problem.password'],
    ['roles', form.roles.length > 0, 'admin.problem.roles'],
    ['areaCode', /^(\d{6}|\d{9}|\d{12})$/.test(form.areaCode.trim()), 'admin.problem.areaCode'],
    ['departmentId', !form.roles.includes('HANDLER') || form.departmentId !== '', 'admin.problem.handlerDepartment'],
  ]);
}

/**
 * The mutation input. A department goes only with the HANDLER role and a beat only with OFFICER
 * (the API refuses them otherwise); on an update, null clears what the new roles no longer allow.
 *
 * @example toUserInput({ ...form, roles: ['OPERATOR'], departmentId: '3' }, 9).fields.departmentId // null
 */
export function toUserInput(form: UserForm, id: number | null): UserInput {
  const departmentId = form.roles.includes('HANDLER') && form.departmentId !== '' ? Number(form.departmentId) : null;
  const beatCode = form.roles.includes('OFFICER') && form.beatCode.trim() !== '' ? form.beatCode.trim() : null;
  const shared = {
    displayName: form.displayName.trim(),
    roles: form.roles,
    areaCode: form.areaCode.trim(),
    departmentId,
    beatCode,
    isActive: form.isActive,
  };
  if (id !== null) return { mode: 'update', fields: { id, ...shared } };
  const { departmentId: _department, beatCode: _beat, ...rest } = shared;
  return {
    mode: 'create',
    fields: {
      username: form.username.trim(),
      password: form.password,
      ...rest,
      ...(departmentId !== null && { departmentId }),
      ...(beatCode !== null && { beatCode }),
    },
  };
}
