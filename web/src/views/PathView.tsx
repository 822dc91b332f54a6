import { useEffect, useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { EntityPicker } from '../components/EntityPicker';
import { PathAnswer } from '../components/PathAnswer';
import { countOf } from '../format/countOf';
import { PathFindDocument } from '../generated/graphql';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useQuery } from '../hooks/useQuery';
import { useModel } from '../hooks/useModel';
import { typeOptions } from '../format/typeOptions';
import { listParam, withList } from '../network/networkParams';

/** Path lengths offered (the API allows 1 to 10), and the one asked unless the URL says otherwise. */
const MAX_LENGTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const DEFAULT_MAX_LENGTH = 6;
/** Paths shown at most (the API allows 50). */
const PATHS = 10;

/**
 * The path finder (`/path?from=<id>&to=<id>&max=<steps>&types=<type>…`): two entity pickers, and every shortest path
 * between the two (following only the relationship types ticked, when any are), each drawn and listed step by step
 * with its evidence. Find puts the pair in the URL, so Back returns to the
 * previous pair and a link shows the same paths.
 */
export function PathView() {
  const [params, setParams] = useSearchParams();
  const urlFrom = params.get('from');
  const urlTo = params.get('to');
  const max = Number(params.get('max'));
  const maxLength = MAX_LENGTHS.includes(max) ? max : DEFAULT_MAX_LENGTH;
  const urlTypes = listParam(params, 'types');
  const urlTypesKey = (urlTypes ?? []).join(' ');
  const [from, setFrom] = useState(urlFrom);
  const [to, setTo] = useState(urlTo);
  const [steps, setSteps] = useState(maxLength);
  const [types, setTypes] = useState<string[]>(urlTypes ?? []);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setFrom(urlFrom);
    setTo(urlTo);
    setSteps(maxLength);
    setTypes(urlTypesKey === '' ? [] : urlTypesKey.split(' '));
  }, [urlFrom, urlTo, maxLength, urlTypesKey]);
  const stepsId = useId();

  const asked = urlFrom !== null && urlTo !== null ? { fromId: urlFrom, toId: urlTo, maxLength, first: PATHS, relationshipTypes: urlTypes } : null;
  const found = useQuery(PathFindDocument, asked ?? { fromId: '', toId: '', maxLength, first: PATHS, relationshipTypes: null }, asked === null);
  const model = useModel();
  const pair = found.status === 'done' && found.data.from && found.data.to ? `${found.data.from.name} to ${found.data.to.name}` : null;
  useDocumentTitle(asked ? pair : null, 'Path finder');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(from === null || to === null);
    if (from === null || to === null) return;
    const next = new URLSearchParams({ from, to });
    if (steps !== DEFAULT_MAX_LENGTH) next.set('max', String(steps));
    setParams(withList(next, 'types', types));
  };

  return (
    <>
      <h1>Path finder</h1>
      <form className="path-form" onSubmit={submit} noValidate>
        <div className="path-form-pickers">
          <EntityPicker label="From" value={from} onChange={setFrom} />
          <EntityPicker label="To" value={to} onChange={setTo} />
        </div>
        <p className="path-form-actions">
          <label htmlFor={stepsId}>At most</label>{' '}
          <select id={stepsId} value={steps} onChange={(event) => setSteps(Number(event.target.value))}>
            {MAX_LENGTHS.map((value) => (
              <option key={value} value={value}>
                {countOf(value, 'step', 'steps')}
              </option>
            ))}
          </select>{' '}
          <button type="submit">Find paths</button>
        </p>
        {model.status === 'done' ? (
          <details className="path-form-types" open={types.length > 0}>
            <summary>Follow only some relationship types{types.length > 0 ? ` (${countOf(types.length, 'type', 'types')})` : ''}</summary>
            <CheckboxGroup legend="Only these relationship types (none ticked: every type)" options={typeOptions(model.data.relationshipTypes)} selected={types} onChange={setTypes} />
          </details>
        ) : null}
        {missing ? <p role="alert">Pick an entity in both fields (type, then choose one of the matches).</p> : null}
      </form>
      {asked === null ? null : <PathAnswer found={found} ids={asked} maxLength={maxLength} shown={PATHS} model={model} />}
    </>
  );
}
