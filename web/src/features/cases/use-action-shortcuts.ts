import { ACTION_SHORTCUTS, actionForKey } from './action-shortcuts';
import type { CaseAction } from './case-enums';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

/**
 * The action keys (A accept, F file, D dispatch…) on the open case: a key whose action the case
 * does not offer now is left alone; one it offers starts it as its button would.
 */
export function useActionShortcuts(available: readonly CaseAction[], start: (action: CaseAction) => void): void {
  useKeyboardShortcuts(
    Object.fromEntries(
      ACTION_SHORTCUTS.map(({ key }) => [
        key,
        () => {
          const action = actionForKey(key, available);
          if (action === null) return false;
          start(action);
          return true;
        },
      ]),
    ),
  );
}
