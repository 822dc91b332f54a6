import type { Column } from './DataTable';

/** What each column of a table holds, in the API's words; columns without a note are left out. */
export function ColumnNotes<Row>({ columns }: { columns: Column<Row>[] }) {
  const noted = columns.filter((column) => column.note);
  if (noted.length === 0) return null;
  return (
    <dl className="column-notes">
      {noted.map((column) => (
        <div key={column.header}>
          <dt>{column.header}</dt>
          <dd>{column.note}</dd>
        </div>
      ))}
    </dl>
  );
}
