/**
 * A list screen's search and filters kept in the address, so that Back from a record returns to the same
 * filtered list, without the search box ever showing the address's copy of what was typed.
 *
 * React Router applies a change of address in a transition: it lands a moment after the keystroke. A search box
 * whose value is read from the address is a controlled input whose value arrives late, and React puts the old
 * value back into the box in between, so keystrokes typed before the address catches up are lost ("Qingdao"
 * typed fast became "Qindo"). So the search text lives in React state, set on every keystroke at once, and the
 * address only follows it; it is read from the address once, when the screen opens (after Back, for instance).
 */
import { useState } from 'react';
import { useSearchParams } from 'react-router';

/** The key of the search text in the address. */
const SEARCH_KEY = 'q';

export interface ListAddress {
  /** The search as typed: what the search box shows. */
  query: string;
  /** The address's other values (filters); the search is read from `query`, never from here. */
  params: URLSearchParams;
  /** Sets the search (key `q`) and any filters at once; null or '' takes a value out of the address. */
  update: (changes: Record<string, string | null>) => void;
}

export function useListAddress(): ListAddress {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(() => params.get(SEARCH_KEY) ?? '');
  const update = (changes: Record<string, string | null>) => {
    if (SEARCH_KEY in changes) setQuery(changes[SEARCH_KEY] ?? '');
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  };
  return { query, params, update };
}
