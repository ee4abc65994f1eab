import type { MessageKey } from '../../i18n';
import type { CaseAction } from './case-enums';

/**
 * One key per frequent decision of the dispatch center and departments. A key may stand for
 * several actions that never meet on one case for one person (approve a return / an extension /
 * parking); the first one available is meant.
 */
export const ACTION_SHORTCUTS: readonly { key: string; actions: readonly CaseAction[] }[] = [
  { key: 'a', actions: ['ACCEPT'] },
  { key: 'r', actions: ['REJECT'] },
  { key: 'm', actions: ['MERGE'] },
  { key: 'f', actions: ['FILE'] },
  { key: 'd', actions: ['DISPATCH', 'REDISPATCH'] },
  { key: 'v', actions: ['APPROVE_VOID', 'REQUEST_VOID'] },
  { key: 'y', actions: ['APPROVE_RETURN', 'APPROVE_EXTENSION', 'APPROVE_PARK'] },
  { key: 'n', actions: ['DENY_VOID', 'DENY_RETURN', 'DENY_EXTENSION', 'DENY_PARK'] },
  { key: 'h', actions: ['HANDLE'] },
  { key: 'c', actions: ['CLOSE'] },
];

/** The keys that are not actions, for the help tooltip. */
export const NAVIGATION_SHORTCUTS: readonly { keys: string; labelKey: MessageKey }[] = [
  { keys: 'J / K', labelKey: 'shortcuts.nextPrevious' },
  { keys: '/', labelKey: 'shortcuts.search' },
  { keys: 'Enter', labelKey: 'shortcuts.confirm' },
  { keys: 'Esc', labelKey: 'shortcuts.cancel' },
  { keys: '?', labelKey: 'shortcuts.help' },
];

/**
 * The action a key press means on a case with these available actions, or null.
 *
 * @example actionForKey('d', ['REDISPATCH', 'COMMENT']) // 'REDISPATCH'
 * @example actionForKey('a', ['FILE']) // null: nothing to accept
 */
export function actionForKey(key: string, available: readonly CaseAction[]): CaseAction | null {
  const shortcut = ACTION_SHORTCUTS.find((candidate) => candidate.key === key.toLowerCase());
  return shortcut?.actions.find((action) => available.includes(action)) ?? null;
}

/** The key that triggers an action, shown on its button; null when it has none. */
export function shortcutOf(action: CaseAction): string | null {
  return ACTION_SHORTCUTS.find((shortcut) => shortcut.actions.includes(action))?.key.toUpperCase() ?? null;
}

/** A key press as the shortcut handler sees it (a plain object, so the rules are testable). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focus is in a text field, select or editable element. */
  isTyping: boolean;
  /** A modal dialog is open: its own keys (Enter, Esc) apply, not the page's. */
  isDialogOpen: boolean;
}

/**
 * The shortcut a key press stands for (lower-cased), or null when it must be left alone: typing in
 * a field, browser and system shortcuts (Ctrl/⌘/Alt), and anything while a dialog is open.
 */
export function shortcutKey(press: KeyPress): string | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isTyping || press.isDialogOpen) return null;
  return press.key.length === 1 ? press.key.toLowerCase() : null;
}
