import { DomainError } from '../../errors/domain-error.js';

/** Area codes are 6 (district, city), 9 (street) or 12 (community) digits. */
export function assertAreaCode(code: string, field: string): string {
  if (!/^(\d{6}|\d{9}|\d{12})$/.test(code)) {
    throw new DomainError('BAD_REQUEST', `${field} must be an area code of 6, 9 or 12 digits, got "${code}"`, {
      field,
    });
  }
  return code;
}
