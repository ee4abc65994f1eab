import { useState } from 'react';
import { useAdminSave } from './use-admin-save';

/**
 * The state of an admin editor: the form as typed, a `set` that merges a patch into it (so an
 * input names only what it changes), and the save with its refusal from `useAdminSave`.
 * `initial` runs once, on mount, as the editor is keyed by the record it edits.
 */
export function useAdminEditForm<Form>(initial: () => Form) {
  const [form, setForm] = useState<Form>(initial);
  const saving = useAdminSave();
  const set = (patch: Partial<Form>) => setForm((previous) => ({ ...previous, ...patch }));
  return { form, set, ...saving };
}
