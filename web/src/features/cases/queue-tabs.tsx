import { useT } from '../../i18n';
import type { CaseQueue } from './case-enums';

interface QueueTabsProps {
  queues: readonly CaseQueue[];
  current: CaseQueue;
  counts: Partial<Record<CaseQueue, number>>;
  onSelect: (queue: CaseQueue) => void;
}

/** The viewer's queues with live counts; the count is in the tab's text, not only a badge colour. */
export function QueueTabs({ queues, current, counts, onSelect }: QueueTabsProps) {
  const t = useT();
  return (
    <div className="queue-tabs" role="tablist" aria-label={t('work.queues')}>
      {queues.map((queue) => {
        const count = counts[queue];
        return (
          <button
            key={queue}
            type="button"
            role="tab"
            className="queue-tabs__tab"
            aria-selected={queue === current}
            data-testid={`queue-tab-${queue}`}
            data-count={count ?? ''}
            onClick={() => onSelect(queue)}
          >
            <span className="queue-tabs__name">{t(`caseQueue.${queue}`)}</span>
            <span className="queue-tabs__count">{count ?? '…'}</span>
          </button>
        );
      })}
    </div>
  );
}
