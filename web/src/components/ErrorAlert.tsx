import { errorMessage } from '../format/errorMessage';

/** A failed request, said as a failure (never as "nothing found"). */
export function ErrorAlert({ error, what }: { error: Error; what: string }) {
  return (
    <p role="alert" className="error">
      Could not load {what}: {errorMessage(error)}
    </p>
  );
}
