import { useT } from '../../i18n';
import type { AdminError } from './admin-error';

/** A refusal in words: the translated headline, then the API's precise sentence in small print. */
export function AdminErrorText({ error, testId }: { error: AdminError; testId?: string }) {
  const t = useT();
  return (
    <span className="admin-error" role="alert" data-testid={testId} data-code={error.code} data-field={error.field}>
      {t(error.key, { code: error.code })}
      {error.detail !== '' && <small className="admin-error__detail">{error.detail}</small>}
    </span>
  );
}
