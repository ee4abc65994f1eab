import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../../i18n';
import type { CaseDetail } from './case-types';
import { DeadlineBadge } from './deadline-badge';
import { useFormatDateTime } from './use-format-date-time';
import { useLocalName } from './use-local-name';

/** The case's facts as a definition list: what, where, who, which department, by when. */
export function CaseFacts({ detail, now }: { detail: CaseDetail; now: Date }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const localName = useLocalName();
  const category = detail.category;
  const none = t('cases.none');
  const condition = detail.filingCondition;
  const rows: [MessageKey, ReactNode][] = [
    ['cases.field.step', detail.step ? t(`caseStep.${detail.step}`) : none],
    [
      'cases.field.deadline',
      <>
        <DeadlineBadge light={detail.light} deadlineAt={detail.stepDeadlineAt} now={now} />{' '}
        {detail.stepDeadlineAt && t('cases.deadlineAt', { time: formatDateTime(detail.stepDeadlineAt) })}
      </>,
    ],
    [
      'cases.field.category',
      [category.parent, category]
        .map((named) => named && localName(named))
        .filter(Boolean)
        .join(' / '),
    ],
    ['cases.field.filingCondition', condition.description],
    [
      'cases.field.timeLimit',
      t('cases.amountUnit', { amount: condition.timeLimitAmount, unit: t(`timeUnit.${condition.timeLimitUnit}`) }),
    ],
    ['cases.field.description', detail.description],
    ['cases.field.address', detail.address ?? none],
    ['cases.field.grid', <code key="grid">{detail.gridCode}</code>],
    ['cases.field.beat', detail.beatCode ?? none],
    ['cases.field.area', `${detail.street.name} / ${detail.community.name}`],
    ['cases.field.source', t(`caseSource.${detail.source}`)],
    ['cases.field.reporter', [detail.reporterName, detail.reporterContact].filter(Boolean).join(' · ') || none],
    ['cases.field.reportedAt', formatDateTime(detail.reportedAt)],
    ['cases.field.department', detail.department ? localName(detail.department) : none],
    ['cases.field.suggestedDepartment', detail.suggestedDepartment ? localName(detail.suggestedDepartment) : none],
  ];
  if (detail.reworkCount > 0) rows.push(['cases.field.rework', detail.reworkCount]);
  return (
    <dl className="case-facts">
      {rows.map(([labelKey, value]) => (
        <div key={labelKey} className="case-facts__row">
          <dt>{t(labelKey)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
