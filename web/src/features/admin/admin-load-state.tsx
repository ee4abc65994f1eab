import { useT } from '../../i18n';
import { AdminErrorText } from './admin-error-text';
import type { AdminQuery } from './use-admin-query';

/** "Loading…" before the first answer, or why a table could not load with a retry button. */
export function AdminLoadState({ query }: { query: AdminQuery<unknown> }) {
  const t = useT();
  if (query.error !== null) {
    return (
      <p className="admin-load-error">
        <AdminErrorText error={query.error} />{' '}
        <button type="button" className="button button--small" onClick={query.reload}>
          {t('admin.retry')}
        </button>
      </p>
    );
  }
  if (query.isLoading && query.data === undefined) return <p className="admin-muted">{t('app.loading')}</p>;
  return null;
}
