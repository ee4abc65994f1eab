import { describe, expect, it } from 'vitest';
import { generationFormProblem, INITIAL_GENERATION_FORM, toGenerationRequest } from './generation-form';

describe('the grid generation form', () => {
  it('starts from the API defaults and sends numbers', () => {
    const form = { ...INITIAL_GENERATION_FORM, scopeCode: ' 310101002 ', sliverRatio: '0,25' };
    expect(generationFormProblem(form)).toBeNull();
    expect(toGenerationRequest(form, true)).toEqual({
      scopeCode: '310101002',
      targetAreaM2: 10000,
      sliverRatio: 0.25,
      beatSize: 20,
      dryRun: true,
    });
  });

  it('blames the field a person got wrong', () => {
    expect(generationFormProblem(INITIAL_GENERATION_FORM)?.field).toBe('scopeCode');
    expect(generationFormProblem({ ...INITIAL_GENERATION_FORM, scopeCode: '310101002001' })?.field).toBe('scopeCode');
    const valid = { ...INITIAL_GENERATION_FORM, scopeCode: '310101' };
    expect(generationFormProblem({ ...valid, targetAreaM2: '0' })?.field).toBe('targetAreaM2');
    expect(generationFormProblem({ ...valid, beatSize: '2.5' })?.field).toBe('beatSize');
  });
});
