export { CaseMapToggle } from './case-map-toggle';
export { useCaseMapOpen } from './use-case-map-open';
