import type { ChartConfiguration } from 'chart.js';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

// Only what the dashboard draws: bar and line charts on category and linear axes, with a legend and tooltips.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Colours of a chart's series, in order: each at least 3:1 against the white page (WCAG's contrast for graphics)
 * and told apart by hue. NO_SERIES_COLOUR is for "none" (events in no region).
 */
const SERIES_COLOURS = ['#0b5cad', '#b54708', '#1a7f37', '#8250df', '#cf222e', '#0e7490', '#9a6700', '#bf3989', '#4d5b6a', '#6e7781'];
export const NO_SERIES_COLOUR = '#57606a';

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

/** What the dashboard draws: bars of counts by name or year, or a line of counts by date (one date may hold several). */
export type DashboardChartConfig = ChartConfiguration<'bar', number[], string> | ChartConfiguration<'line', { x: string; y: number }[], string>;

export { Chart };
