import { useT } from '../../i18n';

/** A grade A–E (A ≥ 90 … E < 40) as a coloured badge that also says "grade" to a screen reader. */
export function GradeBadge({ grade }: { grade: string }) {
  const t = useT();
  return (
    <span className={`grade-badge grade-badge--${grade}`} data-testid="grade-badge" data-grade={grade}>
      <span className="visually-hidden">{t('dashboard.grade')} </span>
      {grade}
    </span>
  );
}
