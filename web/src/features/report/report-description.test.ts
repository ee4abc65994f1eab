import { describe, expect, it } from 'vitest';
import { reportDescription } from './report-description';

const noise = { name: '施工扰民' };
const night = { description: '22时至次日6时未经批准施工，噪声扰民' };

describe('reportDescription', () => {
  it('uses the officer’s note as written, trimmed', () => {
    expect(reportDescription('  工地夜间打桩 ', noise, night)).toBe('工地夜间打桩');
  });

  it('describes the report by its class and condition when the note is empty', () => {
    expect(reportDescription('', noise, night)).toBe('施工扰民：22时至次日6时未经批准施工，噪声扰民');
    expect(reportDescription(' \n ', noise, night)).toBe('施工扰民：22时至次日6时未经批准施工，噪声扰民');
  });
});
