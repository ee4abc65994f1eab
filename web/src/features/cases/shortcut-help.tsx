import { useT } from '../../i18n';
import { ACTION_SHORTCUTS, NAVIGATION_SHORTCUTS } from './action-shortcuts';

interface ShortcutHelpProps {
  isOpen: boolean;
  onToggle: () => void;
}

/** The "快捷键 ?" button and the list of keys it shows (also toggled with `?`). */
export function ShortcutHelp({ isOpen, onToggle }: ShortcutHelpProps) {
  const t = useT();
  return (
    <div className="shortcut-help">
      <button
        type="button"
        className="shortcut-help__button"
        aria-expanded={isOpen}
        aria-controls="shortcut-help-list"
        onClick={onToggle}
      >
        {t('shortcuts.button')} <kbd>?</kbd>
      </button>
      {isOpen && (
        <div id="shortcut-help-list" className="shortcut-help__panel" role="tooltip" data-testid="shortcut-help">
          <p className="shortcut-help__title">{t('shortcuts.title')}</p>
          <dl className="shortcut-help__list">
            {ACTION_SHORTCUTS.map(({ key, actions }) => (
              <div key={key} className="shortcut-help__row">
                <dt>
                  <kbd>{key.toUpperCase()}</kbd>
                </dt>
                <dd>{actions.map((action) => t(`caseAction.${action}`)).join(' / ')}</dd>
              </div>
            ))}
            {NAVIGATION_SHORTCUTS.map(({ keys, labelKey }) => (
              <div key={keys} className="shortcut-help__row">
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{t(labelKey)}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
