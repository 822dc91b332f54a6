import type { DescribedName } from '../generated/descriptions';
import type { Column } from '../components/DataTable';
import { describe } from '../format/describe';
import { fieldLabel } from '../format/fieldLabel';

/**
 * Number columns for the count fields of an aggregate type (`ThemeCoverage`: events, cities, countries), each
 * headed by the field's name and noted with its description.
 */
export function countColumns<Type extends string, Field extends string & keyof Row, Row extends Record<Field, number>>(
  type: Type,
  fields: readonly Field[],
): Column<Row>[] {
  return fields.map((field) => ({
    header: fieldLabel(field),
    note: describe(`${type}.${field}` as DescribedName),
    numeric: true,
    cell: (row: Row) => row[field].toLocaleString('en-GB'),
  }));
}
