import {useEffect, useState} from 'react';

/**
 * False during the server render and the hydrating render, true after: lets a component keep its
 * no-JavaScript fallback (a native `title`) in the HTML and drop it once its own tooltip works.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
