import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client';
import type { CaseQueue } from './case-enums';
import type { CaseRow } from './case-types';
import { fetchCaseList } from './fetch-case-list';

const PAGE_SIZE = 30;
/** The API's largest page: a refresh reloads what is shown in one request, up to this. */
const MAX_PAGE_SIZE = 100;

export interface CaseListState {
  rows: CaseRow[];
  /** `loading` only before the first answer for this queue and search; refreshes keep `ready`. */
  status: 'loading' | 'ready' | 'error';
  hasMore: boolean;
  isLoadingMore: boolean;
  errorCode: string | undefined;
}

const INITIAL: CaseListState = {
  rows: [],
  status: 'loading',
  hasMore: false,
  isLoadingMore: false,
  errorCode: undefined,
};

/**
 * A work queue page by page. Switching queue or search starts over; a new `refreshKey` (a live
 * change) reloads as many rows as are shown, in place, so the list does not jump back to page one.
 */
export function useCaseList(queue: CaseQueue, search: string, refreshKey: number) {
  const [state, setState] = useState<CaseListState>(INITIAL);
  const [attempt, setAttempt] = useState(0);
  const shownRows = useRef(0);
  const generation = useRef(0);
  const listKey = `${queue}|${search}`;
  const previousKey = useRef(listKey);
  shownRows.current = state.rows.length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` and `attempt` are reload triggers
  useEffect(() => {
    const isNewList = previousKey.current !== listKey;
    previousKey.current = listKey;
    if (isNewList) setState(INITIAL);
    const first = isNewList ? PAGE_SIZE : Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, shownRows.current));
    const controller = new AbortController();
    const current = ++generation.current;
    fetchCaseList({ queue, search, first }, controller.signal).then(
      (rows) => {
        if (controller.signal.aborted || current !== generation.current) return;
        setState({ rows, status: 'ready', hasMore: rows.length === first, isLoadingMore: false, errorCode: undefined });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.error('Could not load the queue', error);
        setState((previous) => ({ ...previous, status: 'error', isLoadingMore: false, errorCode: codeOf(error) }));
      },
    );
    return () => controller.abort();
  }, [listKey, queue, search, refreshKey, attempt]);

  const loadMore = useCallback(() => {
    const last = state.rows.at(-1);
    if (last === undefined || !state.hasMore || state.isLoadingMore) return;
    const current = generation.current;
    setState((previous) => ({ ...previous, isLoadingMore: true }));
    fetchCaseList({ queue, search, first: PAGE_SIZE, after: last.id }).then(
      (rows) => {
        if (current !== generation.current) return; // the list was reloaded meanwhile
        setState((previous) => ({
          ...previous,
          rows: appendNew(previous.rows, rows),
          hasMore: rows.length === PAGE_SIZE,
          isLoadingMore: false,
        }));
      },
      (error: unknown) => {
        console.error('Could not load more cases', error);
        setState((previous) => ({ ...previous, isLoadingMore: false, errorCode: codeOf(error) }));
      },
    );
  }, [queue, search, state.rows, state.hasMore, state.isLoadingMore]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, loadMore, retry };
}

/** Rows of the next page not already shown (a case may move up while the person pages on). */
function appendNew(shown: readonly CaseRow[], page: readonly CaseRow[]): CaseRow[] {
  const ids = new Set(shown.map((row) => row.id));
  return [...shown, ...page.filter((row) => !ids.has(row.id))];
}

function codeOf(error: unknown): string | undefined {
  return error instanceof GraphQLRequestError ? error.code : undefined;
}
