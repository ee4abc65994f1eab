import { type RefObject, useEffect } from 'react';

/**
 * Opens a `<dialog>` as modal on mount (focus trapped, the page inert, Esc sends `cancel`), moves
 * the focus to `initialFocus` — where the person types or confirms first — and closes it on unmount.
 */
export function useModalDialog(
  dialog: RefObject<HTMLDialogElement | null>,
  initialFocus: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    initialFocus.current?.focus();
    return () => element?.close();
  }, [dialog, initialFocus]);
}
