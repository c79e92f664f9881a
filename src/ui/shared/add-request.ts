/**
 * "Add a city", "Add a person", "Add an engagement" asked for from elsewhere (the command palette): the address
 * of the tab that adds it, with `?add=<what>`, and the tab's way of hearing it once. The request leaves the
 * address once heard, so a reload or Back does not ask again.
 */
import { useEffect, useEffectEvent } from 'react';
import { useSearchParams } from 'react-router';

const ADD_KEY = 'add';

export type AddRequest = 'city' | 'person' | 'engagement';

/** The address of a trip's tab asked to add `what`. */
export function addRequestPath(tripId: string, tab: string, what: AddRequest): string {
  return `/trips/${tripId}/${tab}?${ADD_KEY}=${what}`;
}

/** Calls `onRequest` when the address asks this tab to add `what`, then takes the request out of the address. */
export function useAddRequest(what: AddRequest, onRequest: () => void): void {
  const [params, setParams] = useSearchParams();
  const requested = params.get(ADD_KEY) === what;
  const hear = useEffectEvent(onRequest);
  useEffect(() => {
    if (!requested) return;
    hear();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(ADD_KEY);
        return next;
      },
      { replace: true },
    );
  }, [requested, setParams]);
}
