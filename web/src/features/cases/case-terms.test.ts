import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOCALES } from '../../i18n/messages';
import { ROLES } from '../auth/session-types';
import {
  CASE_ACTIONS,
  CASE_QUEUES,
  CASE_REQUEST_KINDS,
  CASE_SOURCES,
  CASE_STATUSES,
  CASE_STEPS,
  DEADLINE_LIGHTS,
  TIME_LIMIT_UNITS,
} from './case-enums';

const terms: [string, readonly string[]][] = [
  ['caseStatus', CASE_STATUSES],
  ['caseAction', CASE_ACTIONS],
  ['caseQueue', CASE_QUEUES],
  ['light', DEADLINE_LIGHTS],
  ['role', ROLES],
  ['timeUnit', TIME_LIMIT_UNITS],
  ['requestKind', CASE_REQUEST_KINDS],
  ['caseSource', CASE_SOURCES],
  ['caseStep', CASE_STEPS],
];

describe.each(LOCALES)('case terms in %s', (locale) => {
  const messages: Record<string, string> = DICTIONARIES[locale];

  it('name every value of every case enum', () => {
    const missing = terms.flatMap(([prefix, values]) =>
      values.map((value) => `${prefix}.${value}`).filter((key) => !(key in messages)),
    );
    expect(missing).toEqual([]);
  });

  it('tell the three lights apart in words, not only by colour', () => {
    const words = DEADLINE_LIGHTS.map((light) => messages[`light.${light}`]);
    expect(new Set(words).size).toBe(3);
  });
});
