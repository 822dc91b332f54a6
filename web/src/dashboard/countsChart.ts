import type { PanelChart } from '../components/ChartPanel';
import { fieldLabel } from '../format/fieldLabel';
import { seriesColour } from './charts';

/** "a, b and c". */
export function listed(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Horizontal bars, one group per row (named by `name`), one bar per count field, for an aggregate such as
 * themeCoverage; its summary names the chart, the counts and how many rows (the table has the figures).
 */
export function countsChart<Field extends string, Row extends Record<Field, number>>(rows: Row[], name: (row: Row) => string, fields: readonly Field[], title: string): PanelChart {
  const labels = fields.map(fieldLabel);
  return {
    label: `Bar chart, ${title}: ${listed(labels.map((label) => label.toLowerCase()))} for each of ${rows.length} rows; the table gives the figures.`,
    height: 80 + rows.length * (fields.length * 9 + 14),
    config: {
      type: 'bar',
      data: {
        labels: rows.map(name),
        datasets: fields.map((field, i) => ({ label: labels[i], data: rows.map((row) => row[field]), backgroundColor: seriesColour(i) })),
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'top' } },
      },
    },
  };
}
