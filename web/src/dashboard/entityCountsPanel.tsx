import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityRefFragment } from '../generated/graphql';
import type { DescribedName } from '../generated/descriptions';
import { useQuery } from '../hooks/useQuery';
import { describe } from '../format/describe';
import { fieldLabel } from '../format/fieldLabel';
import { ChartPanel } from '../components/ChartPanel';
import type { Column } from '../components/DataTable';
import { EntityLink } from '../components/EntityLink';
import { countColumns } from './countColumns';
import { countsChart } from './countsChart';
import { selectRows } from './selectRows';
import type { RegionScope } from './regionScope';

export interface EntityCountsSpec<TResult, Field extends string, Row extends Record<Field, number>> {
  /** The heading's id. */
  id: string;
  heading: string;
  /** For the loading and error messages. */
  what: string;
  empty: string;
  /** The aggregate's GraphQL type, whose description explains the panel and whose fields' describe the columns. */
  type: DescribedName;
  /** The field holding the entity each row is about (the first column). */
  entityField: string;
  entity: (row: Row) => EntityRefFragment;
  counts: readonly Field[];
  document: TypedDocumentNode<TResult, { regionId?: string | null }>;
  rows: (data: TResult) => Row[];
}

/**
 * The panel of an aggregate with one row per entity and a few counts (themeCoverage, countryActivity): the
 * counts as grouped horizontal bars, and the table of the entity and its counts, for the region chosen.
 */
export function entityCountsPanel<TResult, Field extends string, Row extends Record<Field, number>>(spec: EntityCountsSpec<TResult, Field, Row>) {
  const columns: Column<Row>[] = [{ header: fieldLabel(spec.entityField), cell: (row) => <EntityLink entity={spec.entity(row)} hideKind /> }, ...countColumns<string, Field, Row>(spec.type, spec.counts)];
  const chart = (rows: Row[]) => countsChart(rows, (row) => spec.entity(row).name, spec.counts, spec.heading.toLowerCase());
  return function EntityCountsPanel({ region }: { region: RegionScope }) {
    const state = useQuery(spec.document, { regionId: region.id });
    return (
      <ChartPanel
        id={spec.id}
        heading={spec.heading}
        description={describe(spec.type)}
        what={spec.what}
        state={selectRows(state, spec.rows)}
        empty={spec.empty}
        caption={region.caption(spec.heading)}
        columns={columns}
        rowKey={(row) => spec.entity(row).id}
        chart={chart}
      />
    );
  };
}
