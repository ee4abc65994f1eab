import { type RefObject, useEffect, useRef } from 'react';
import { type EChartsCoreOption, echarts } from './echarts-setup';

/**
 * One ECharts instance in the returned element's box: created on mount, given each new `option`
 * whole (notMerge, so a series that went away goes away), resized with its box and disposed on
 * unmount so a left dashboard leaks no canvas or listener.
 */
export function useEChart(option: EChartsCoreOption | null): RefObject<HTMLDivElement | null> {
  const element = useRef<HTMLDivElement | null>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const container = element.current;
    if (container === null) return;
    const instance = echarts.init(container, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (option !== null) chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return element;
}
