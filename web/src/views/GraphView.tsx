import { useParams } from 'react-router';
import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import { NetworkExplorer } from '../components/NetworkExplorer';
import { useModel } from '../hooks/useModel';

/**
 * The network view (`/graph/:id?depth=&limit=&kinds=&types=&expanded=&selected=`): once the model's kinds and
 * relationship types are known (the filters offer them; the drawing's colours follow their order), the network
 * around the entity.
 */
export function GraphView() {
  const { id = '' } = useParams();
  const model = useModel();
  if (model.status === 'done') return <NetworkExplorer id={id} model={model.data} />;
  return (
    <>
      <h1>Network</h1>
      {model.status === 'error' ? <ErrorMessage error={model.error} what="the kinds and relationship types" /> : <Loading what="the network" />}
    </>
  );
}
