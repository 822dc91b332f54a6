import { Link } from 'react-router';
import type { EvidenceFieldsFragment } from '../generated/graphql';
import { entityPath } from '../format/entityPath';
import { formatDate } from '../format/formatDate';

/**
 * One piece of evidence: an EXCERPT as the quoted text with its source (name, published date, link to the source's
 * page); a CITATION as the statement (our words), where in the page, and the page itself (an ordinary link to its
 * address: nothing is loaded from it) with its title, publisher, published and consulted dates.
 */
export function EvidenceItem({ evidence }: { evidence: EvidenceFieldsFragment }) {
  const { source } = evidence;
  const sourceLink = <Link to={entityPath(source.id)}>{source.name}</Link>;
  if (evidence.kind === 'EXCERPT') {
    return (
      <li className="evidence evidence-excerpt">
        <blockquote>{evidence.excerpt}</blockquote>
        <p className="evidence-source">
          From {sourceLink}
          {source.publisher ? <>, {source.publisher}</> : null}
          {source.date ? <>, published <time dateTime={source.date.iso}>{formatDate(source.date)}</time></> : null}
        </p>
      </li>
    );
  }
  return (
    <li className="evidence evidence-citation">
      <p className="evidence-statement">{evidence.statement}</p>
      <p className="evidence-source">
        Cited: {source.address ? <a href={source.address} rel="external noopener noreferrer" className="address">{source.title ?? source.name}</a> : (source.title ?? source.name)}
        {evidence.locator ? <> (at “{evidence.locator}”)</> : null}
        {source.publisher ? <>, {source.publisher}</> : null}
        {source.date ? <>, published <time dateTime={source.date.iso}>{formatDate(source.date)}</time></> : null}
        {source.consultedDate ? <>, consulted <time dateTime={source.consultedDate}>{formatDate(source.consultedDate)}</time></> : null}
        {' · '}<Link to={entityPath(source.id)}>about this source</Link>
      </p>
    </li>
  );
}
