/** How many results a list has, in a polite live region (screen readers hear "7 results" as it changes). */
export function ResultCount({ text }: { text: string }) {
  return <p className="result-count" role="status" aria-live="polite">{text}</p>;
}
