/**
 * What the screens on show offer the command palette: a trip's page offers its tabs, its cities, people and
 * engagements, and adding to it; the palette lists them while that screen is open, above what it always has.
 * A screen declares its commands with `useScreenCommands`; they leave the palette when the screen goes.
 *
 * A module-level store rather than a React context: the palette sits in the header, above the screens, and the
 * commands change with the screen's data, which should not draw the whole frame again.
 */
import type { ReactNode } from 'react';
import { useEffect, useId, useSyncExternalStore } from 'react';

export interface ScreenCommand {
  /** Unique among the commands on show, and kept across renders: the palette remembers recent choices by it. */
  id: string;
  label: string;
  /** A second line: what kind of thing it is, and where. */
  description?: string;
  /** Other words it is found by (a name in the other script, a city). */
  keywords?: readonly string[];
  icon?: ReactNode;
  run(): void;
}

const offered = new Map<string, readonly ScreenCommand[]>();
const listeners = new Set<() => void>();
let snapshot: readonly ScreenCommand[] = [];

function publish(): void {
  snapshot = [...offered.values()].flat();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Offers `commands` to the palette while the calling screen is shown. Pass a memoised list. */
export function useScreenCommands(commands: readonly ScreenCommand[]): void {
  const owner = useId();
  useEffect(() => {
    offered.set(owner, commands);
    publish();
    return () => {
      offered.delete(owner);
      publish();
    };
  }, [owner, commands]);
}

/** Every command the screens on show offer, in the order the screens were drawn (outer first). */
export function useOfferedCommands(): readonly ScreenCommand[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}
