import { useT } from '../../i18n';
import { AdminForm } from './admin-form';
import { deleteRule, type ResponsibilityRule } from './rule-api';
import { useAdminSave } from './use-admin-save';

/** Asks why before removing a rule (the audit keeps it), and says what will route instead. */
export function RuleDelete({
  rule,
  onDeleted,
  onCancel,
}: {
  rule: ResponsibilityRule;
  onDeleted: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { save, isBusy, error } = useAdminSave();
  const onSave = async (reason: string) => {
    if (await save(() => deleteRule(rule.id, reason))) onDeleted();
  };
  return (
    <AdminForm
      title={t('admin.rules.deleteTitle', {
        category: rule.category.name,
        area: rule.areaCode,
        department: rule.department.name,
      })}
      fields={[]}
      {...{ error, isBusy, onSave, onCancel }}
      testId="rule-delete"
    >
      <p className="admin-muted">{t('admin.rules.deleteHint')}</p>
    </AdminForm>
  );
}
