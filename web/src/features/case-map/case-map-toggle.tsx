import { useT } from '../../i18n';

/** The work console's button that shows or hides the case map above the open case. */
export function CaseMapToggle({ isOpen, onToggle }: { isOpen: boolean; onToggle: () => void }) {
  const t = useT();
  return (
    <button
      type="button"
      className="case-map-toggle"
      aria-pressed={isOpen}
      onClick={onToggle}
      data-testid="case-map-toggle"
    >
      {t(isOpen ? 'caseMap.hide' : 'caseMap.show')}
    </button>
  );
}
