import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { isErrorOffForm, isErrorOnField, toAdminError } from './admin-error';

describe('toAdminError', () => {
  it('keeps the field the API blames and translates the code', () => {
    const error = toAdminError(
      new GraphQLRequestError('timeLimitAmount must be a number above 0', {
        code: 'BAD_REQUEST',
        details: { field: 'timeLimitAmount' },
        status: 400,
      }),
    );
    expect(error).toEqual({
      code: 'BAD_REQUEST',
      key: 'admin.error.badRequest',
      detail: 'timeLimitAmount must be a number above 0',
      field: 'timeLimitAmount',
    });
  });

  it('tells a network failure and an unknown code apart', () => {
    expect(toAdminError(new GraphQLRequestError('x', { status: 0 })).key).toBe('admin.error.network');
    expect(toAdminError(new GraphQLRequestError('x', { code: 'TEAPOT', status: 418 })).key).toBe('admin.error.unknown');
    expect(toAdminError(new Error('boom')).field).toBeUndefined();
  });
});

describe('isErrorOnField', () => {
  const conflict = toAdminError(
    new GraphQLRequestError('taken', { code: 'CONFLICT', details: { field: 'code' }, status: 409 }),
  );
  const indexed = toAdminError(
    new GraphQLRequestError('bad date', { code: 'BAD_REQUEST', details: { field: 'holidays[1].from' }, status: 400 }),
  );

  it('matches the field and its parts, not a field that merely starts alike', () => {
    expect(isErrorOnField(conflict, 'code')).toBe(true);
    expect(isErrorOnField(conflict, 'codes')).toBe(false);
    expect(isErrorOnField(indexed, 'holidays')).toBe(true);
    expect(isErrorOnField(indexed, 'holidays[1].from')).toBe(true);
    expect(isErrorOnField(null, 'code')).toBe(false);
  });

  it('sends an error no field of the form shows to the foot of the form', () => {
    expect(isErrorOffForm(conflict, ['name', 'code'])).toBe(false);
    expect(isErrorOffForm(conflict, ['name'])).toBe(true);
    expect(isErrorOffForm(null, ['name'])).toBe(false);
  });
});
