import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Chart, type DashboardChartConfig } from '../dashboard/charts';

export interface ChartCanvasProps {
  /** What Chart.js draws; a new object redraws the chart (memoise it). */
  config: DashboardChartConfig;
  /** The chart summed up for screen readers (the table beside it has the figures). */
  label: string;
  /** The drawing's height in CSS pixels (its width is the container's). */
  height: number;
}

/** A Chart.js chart on a canvas, as an image with a text summary. */
export function ChartCanvas({ config, label, height }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return undefined;
    // One of the configurations Chart.js types separately; drawn the same way.
    const chart = new Chart(canvas.current, config as unknown as ChartConfiguration);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
