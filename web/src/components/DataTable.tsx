import type { ReactNode } from 'react';

export interface Column<Row> {
  /** The column's heading: the API field's name as words. */
  header: string;
  /** What the column holds, in the API's words (its field's description). */
  note?: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  cell: (row: Row) => ReactNode;
}

export interface DataTableProps<Row> {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
}

/** A table of rows, the first column heading each row; numbers right-aligned. */
export function DataTable<Row>({ caption, columns, rows, rowKey }: DataTableProps<Row>) {
  const [first, ...rest] = columns;
  const align = (column: Column<Row>) => (column.numeric ? 'number' : undefined);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={align(column)}>{column.header}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row" className={align(first)}>{first.cell(row)}</th>
              {rest.map((column) => (
                <td key={column.header} className={align(column)}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
