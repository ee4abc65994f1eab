import type { CaseSource, CaseStep } from '@gridloop/prisma';

/**
 * The shape of a synthetic history: rates and skews chosen to look like the published figures of
 * Chinese digital city-management centres (most reports from grid officers, a few per cent
 * rejected or merged, around one in ten handled cases sent back for rework, most steps on time).
 * Tests check the generated rates against these within sampling bands, so change both together.
 */
export const historyRates = {
  /** Where reports come from (weights). */
  sources: { OFFICER: 80, HOTLINE: 11, PUBLIC: 6, OPEN311: 3 } satisfies Partial<Record<CaseSource, number>>,
  /** A public / hotline report not found as described on site. */
  verifyInvalid: 0.08,
  /** An officer fixes the problem on the spot (自处理). */
  selfHandle: 0.07,
  reject: 0.03,
  /** Reports that repeat an earlier one of the same day and class in the same grid… */
  duplicate: 0.03,
  /** …and are merged by the operator (the rest are filed again). */
  mergeDuplicate: 0.85,
  /** A filed case for which voiding is requested, and how often that is approved. */
  requestVoid: 0.01,
  approveVoid: 0.75,
  /** Per dispatch, what the handler asks for before handling (at most one request). */
  requestReturn: 0.03,
  requestExtension: 0.06,
  requestPark: 0.012,
  approve: { RETURN: 0.8, EXTENSION: 0.85, PARK: 0.9 },
  /** A dispatch to another department than the suggested one (a wrong dispatch, often reworked). */
  overrideDispatch: 0.04,
  /** First check fails this often; each further rework halves it. */
  checkFail: 0.11,
  /** A handling that drags on far past its limit (still open and red at the end for recent cases). */
  stuck: 0.01,
  /** Steps that end after their deadline. */
  late: {
    VERIFY: 0.06,
    ACCEPT: 0.04,
    FILE: 0.03,
    DISPATCH: 0.05,
    HANDLE: 0.1,
    CHECK: 0.07,
    CLOSE: 0.04,
    APPROVE: 0.1,
  } satisfies Record<CaseStep, number>,
  /** Relative volume by local hour of the report: officers patrol by day, the hotline runs late. */
  hours: [1, 0.6, 0.4, 0.3, 0.3, 0.6, 2, 5, 9, 11, 11, 9, 5, 6, 10, 11, 10, 8, 5, 3.5, 3, 2.5, 2, 1.5],
  /** Seasonal swing of daily volume (±), peaking in high summer. */
  seasonAmplitude: 0.3,
  weekendFactor: 0.75,
  holidayFactor: 0.55,
  /** Exponent of the grid Zipf law (weight of the grid of rank r is 1 / r^s). */
  gridZipf: 0.85,
} as const;

/** How much more often a class is reported than a plain event class (components are rarer). */
export const classWeights: Readonly<Record<string, number>> = {
  暴露垃圾: 30,
  乱堆物堆料: 18,
  占道经营: 16,
  非机动车乱停放: 10,
  机动车乱停放: 9,
  非法小广告: 9,
  道路不洁: 8,
  积存垃圾渣土: 6,
  无照经营游商: 6,
  沿街晾挂: 5,
  施工占道: 3,
  绿地脏乱: 3,
  占道废品收购: 3,
  餐饮油烟: 3,
};
export const defaultEventWeight = 1;
export const componentWeight = 0.35;
