import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import type { CaseRow } from './case-types';
import { DeadlineBadge } from './deadline-badge';
import { useLocalName } from './use-local-name';

interface CaseListRowProps {
  row: CaseRow;
  isSelected: boolean;
  now: Date;
  onSelect: (id: string) => void;
}

/** One case in a queue: code, status, class, place, and its light with the time left. */
export function CaseListRow({ row, isSelected, now, onSelect }: CaseListRowProps) {
  const t = useT();
  const localName = useLocalName();
  const ref = useRef<HTMLButtonElement>(null);

  // J / K move the selection: keep it on screen.
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isSelected]);

  return (
    <button
      ref={ref}
      type="button"
      className="case-row"
      aria-current={isSelected ? 'true' : undefined}
      data-testid="case-row"
      data-code={row.code}
      data-light={row.light ?? undefined}
      onClick={() => onSelect(row.id)}
    >
      <span className="case-row__top">
        <code className="case-row__code">{row.code}</code>
        <span className="case-row__status" data-status={row.status}>
          {t(`caseStatus.${row.status}`)}
        </span>
      </span>
      <span className="case-row__category">{localName(row.category)}</span>
      <span className="case-row__place">{row.address ?? row.gridCode}</span>
      <DeadlineBadge light={row.light} deadlineAt={row.stepDeadlineAt} now={now} />
    </button>
  );
}
