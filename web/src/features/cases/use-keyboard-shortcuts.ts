import { useEffect, useRef } from 'react';
import { shortcutKey } from './action-shortcuts';

/** Keys to handlers; a handler returning false leaves the key to the browser. */
export type ShortcutHandlers = Readonly<Record<string, () => unknown>>;

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Page-wide single-key shortcuts (the dispatch center works from the keyboard). Ignored while
 * the person types in a field, holds Ctrl / ⌘ / Alt, or has a dialog open: see `shortcutKey`.
 * The handlers may change every render; the listener is attached once.
 */
export function useKeyboardShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = shortcutKey({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        isTyping: isTypingIn(event.target),
        isDialogOpen: document.querySelector('dialog[open]') !== null,
      });
      const handler = key === null ? undefined : latest.current[key];
      if (handler === undefined || event.defaultPrevented) return;
      if (handler() !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
