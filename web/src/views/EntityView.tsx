import { Link, useParams } from 'react-router';
import { EntityPageDocument } from '../generated/graphql';
import { useQuery } from '../hooks/useQuery';
import { useModel } from '../hooks/useModel';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { kindLabel } from '../format/kindLabel';
import { graphPath } from '../format/graphPath';
import { type DateAtPrecision, formatDateRange } from '../format/formatDate';
import { DisputedClaims } from '../components/DisputedClaims';
import { EntityProperties } from '../components/EntityProperties';
import { EntityRelationships } from '../components/EntityRelationships';
import { ErrorMessage } from '../components/ErrorMessage';
import { EvidenceList } from '../components/EvidenceList';
import { KindLabel } from '../components/KindLabel';
import { Loading } from '../components/Loading';
import { RelatedInitiatives } from '../components/RelatedInitiatives';

/**
 * An entity's page (/entity/:id): kind, name, description, aliases, its own properties, what sources disagree on,
 * its evidence, every relationship grouped by type, and related initiatives; links to the graph and the path finder.
 */
export function EntityView() {
  const id = useParams().id ?? '';
  const state = useQuery(EntityPageDocument, { id });
  const model = useModel();
  const entity = state.status === 'done' ? state.data.node : null;
  useDocumentTitle(state.status === 'loading' ? 'Loading' : entity?.name ?? (state.status === 'error' ? 'Error' : 'Not found'), entity ? kindLabel(entity.kind) : null);

  if (state.status === 'loading') return <Loading what="the entity" />;
  if (state.status === 'error') {
    return (
      <>
        <h1>Entity</h1>
        <ErrorMessage error={state.error} what={`the entity ${id}`} />
      </>
    );
  }
  if (!entity) {
    return (
      <>
        <h1>Not found</h1>
        <p>No entity has the id <code>{id}</code>. <Link to="/search">Search for it</Link> instead.</p>
      </>
    );
  }
  const { claims, relatedInitiatives } = state.data;
  const kindDescription = model.status === 'done' ? model.data.kinds.find((info) => info.kind === entity.kind)?.description : undefined;
  /** An event's dates, a source's publication date (the kinds that have them). */
  const when = entity as { date?: DateAtPrecision | null; endDate?: DateAtPrecision | null };
  return (
    <article className="entity-page">
      <header className="entity-header">
        <p className="entity-kind"><KindLabel kind={entity.kind} />{kindDescription ? <span className="kind-description"> {kindDescription}</span> : null}</p>
        <h1>{entity.name}</h1>
        {when.date ? <p className="when"><time dateTime={when.date.iso}>{formatDateRange(when.date, when.endDate)}</time></p> : null}
        {entity.aliases.length > 0 ? <p className="aliases">Also known as: {entity.aliases.join('; ')}</p> : null}
        {entity.description ? <p className="description">{entity.description}</p> : null}
        <p className="entity-actions">
          <Link to={graphPath(entity.id)}>See in the graph</Link>
          <Link to={`/path?${new URLSearchParams({ from: entity.id }).toString()}`}>Find a path from here</Link>
        </p>
      </header>
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">Facts</h2>
        <EntityProperties entity={entity} />
        <p className="entity-id">Id: <code>{entity.id}</code></p>
      </section>
      {claims ? <DisputedClaims claims={claims} /> : null}
      <section aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        <EvidenceList evidence={entity.evidence} collapseAfter={5} />
      </section>
      <section aria-labelledby="relationships-heading">
        <h2 id="relationships-heading">Relationships</h2>
        <EntityRelationships entityId={entity.id} claims={claims?.relationships ?? []} meanings={model.status === 'done' ? model.data.meanings : undefined} />
      </section>
      <section aria-labelledby="related-heading">
        <h2 id="related-heading">Related initiatives</h2>
        <RelatedInitiatives related={relatedInitiatives} />
      </section>
    </article>
  );
}
