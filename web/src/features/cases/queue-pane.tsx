import type { Ref } from 'react';
import { useT } from '../../i18n';
import type { CaseQueue } from './case-enums';
import { CaseList } from './case-list';
import { ExportMenu } from './export-menu';
import { LiveIndicator } from './live-indicator';
import { QueueTabs } from './queue-tabs';
import { ShortcutHelp } from './shortcut-help';
import type { LiveState } from './subscribe-case-changes';
import type { useCaseList } from './use-case-list';

interface QueuePaneProps {
  live: LiveState;
  queues: readonly CaseQueue[];
  queue: CaseQueue;
  counts: Partial<Record<CaseQueue, number>>;
  onQueue: (queue: CaseQueue) => void;
  searchBox: Ref<HTMLInputElement>;
  searchText: string;
  onSearchText: (text: string) => void;
  list: ReturnType<typeof useCaseList>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  isHelpOpen: boolean;
  onToggleHelp: () => void;
}

/** The left pane of the work section: live state and shortcut help, queue tabs, search, the list. */
export function QueuePane(props: QueuePaneProps) {
  const t = useT();
  return (
    <div className="work-page__queue">
      <div className="work-page__toolbar">
        <LiveIndicator state={props.live} />
        <ExportMenu queue={props.queue} search={props.searchText} />
        <ShortcutHelp isOpen={props.isHelpOpen} onToggle={props.onToggleHelp} />
      </div>
      <QueueTabs queues={props.queues} current={props.queue} counts={props.counts} onSelect={props.onQueue} />
      <label className="work-page__search">
        <span className="visually-hidden">{t('work.search')}</span>
        <input
          ref={props.searchBox}
          type="search"
          value={props.searchText}
          placeholder={t('work.searchPlaceholder')}
          onChange={(event) => props.onSearchText(event.target.value)}
        />
      </label>
      <CaseList list={props.list} selectedId={props.selectedId} onSelect={props.onSelect} />
    </div>
  );
}
