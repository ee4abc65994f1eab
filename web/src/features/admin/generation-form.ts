import type { AdminError } from './admin-error';
import { firstFormProblem, parseNumberText } from './form-problem';
import type { GenerationRequest } from './grid-generation-api';

/** The generation options as typed. */
export interface GenerationForm {
  scopeCode: string;
  targetAreaM2: string;
  sliverRatio: string;
  beatSize: string;
}

/** The API's defaults, shown filled in so the admin sees what a generation will use. */
export const INITIAL_GENERATION_FORM: GenerationForm = {
  scopeCode: '',
  targetAreaM2: '10000',
  sliverRatio: '0.3',
  beatSize: '20',
};

/** What a person would otherwise wait for the server to refuse; the API checks the ranges. */
export function generationFormProblem(form: GenerationForm): AdminError | null {
  const beatSize = parseNumberText(form.beatSize);
  return firstFormProblem([
    ['scopeCode', /^(\d{6}|\d{9})$/.test(form.scopeCode.trim()), 'admin.problem.scopeCode'],
    ['targetAreaM2', parseNumberText(form.targetAreaM2) > 0, 'admin.problem.positiveNumber'],
    ['sliverRatio', parseNumberText(form.sliverRatio) >= 0, 'admin.problem.number'],
    ['beatSize', Number.isInteger(beatSize) && beatSize > 0, 'admin.problem.positiveInteger'],
  ]);
}

/**
 * The mutation's arguments.
 *
 * @example toGenerationRequest({ scopeCode: ' 310101002 ', targetAreaM2: '10000', sliverRatio: '0,3', beatSize: '20' }, true).sliverRatio // 0.3
 */
export function toGenerationRequest(form: GenerationForm, dryRun: boolean): GenerationRequest {
  return {
    scopeCode: form.scopeCode.trim(),
    targetAreaM2: parseNumberText(form.targetAreaM2),
    sliverRatio: parseNumberText(form.sliverRatio),
    beatSize: parseNumberText(form.beatSize),
    dryRun,
  };
}
