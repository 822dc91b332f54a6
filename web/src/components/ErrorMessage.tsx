import { errorText } from '../format/errorText';

/** A failure shown as one (role="alert"), never as "nothing found". */
export function ErrorMessage({ error, what }: { error: Error; what: string }) {
  return (
    <div className="error-message" role="alert">
      <p><strong>Could not load {what}.</strong> {errorText(error)}</p>
    </div>
  );
}
