import { useEffect } from 'react';

/** The explorer's name, last in every page title. */
const SITE = 'SCN Graph';

/** Sets the page's title to its parts and the site's name: "Durrës · City · SCN Graph". */
export function useDocumentTitle(...parts: (string | null | undefined)[]): void {
  const title = [...parts.filter((part): part is string => Boolean(part)), SITE].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
