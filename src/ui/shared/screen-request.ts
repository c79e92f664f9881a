/**
 * An action asked of a screen from elsewhere (the command palette): "add a city" of the route, "add a person" of
 * the people, "add an engagement" of the programme, "export the calendar" of a person's page. The address of the
 * screen carries `?do=<what>`; the screen hears it once, and the request leaves the address, so that a reload or
 * Back does not ask again. The screen that does it keeps what it needs to itself (a form, a worker).
 */
import { useEffect, useEffectEvent } from 'react';
import { useSearchParams } from 'react-router';

const REQUEST_KEY = 'do';

export type ScreenRequest = 'add-city' | 'add-person' | 'add-engagement' | 'export-calendar';

/** The address `path` (a screen's, without a query) asked to do `what`. */
export function requestPath(path: string, what: ScreenRequest): string {
  return `${path}?${REQUEST_KEY}=${what}`;
}

/** Calls `onRequest` when the address asks this screen to do `what`, then takes the request out of the address. */
export function useScreenRequest(what: ScreenRequest, onRequest: () => void): void {
  const [params, setParams] = useSearchParams();
  const requested = params.get(REQUEST_KEY) === what;
  const hear = useEffectEvent(onRequest);
  useEffect(() => {
    if (!requested) return;
    hear();
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(REQUEST_KEY);
        return next;
      },
      { replace: true },
    );
  }, [requested, setParams]);
}
