/**
 * Who changes the data on this computer, for the change log (storage/change-log.ts): the computer, by a node
 * made once and kept here, and the organiser, by the name they set in Settings. Both belong to this computer,
 * like its language: in localStorage, never in the data or its backups, so a colleague's backup never makes
 * this computer write in their name.
 */
import { useCallback, useSyncExternalStore } from 'react';
import { newNode, NODE_PATTERN } from '../../domain/history/hybrid-logical-clock';
import type { ChangeAuthor } from '../../storage/change-log';

const NODE_KEY = 'delegation-planner:computer-node';
const NAME_KEY = 'delegation-planner:organiser-name';
/** Longer than any name; a pasted paragraph is cut. */
export const ORGANISER_NAME_MAX = 80;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const listeners = new Set<() => void>();

/** This computer's node, made and kept the first time it is asked for. */
export function computerNode(storage: Store = localStorage): string {
  const kept = storage.getItem(NODE_KEY);
  if (kept !== null && NODE_PATTERN.test(kept)) return kept;
  const made = newNode();
  storage.setItem(NODE_KEY, made);
  return made;
}

export function organiserName(storage: Store = localStorage): string {
  return storage.getItem(NAME_KEY) ?? '';
}

export function setOrganiserName(name: string, storage: Store = localStorage): void {
  const trimmed = name.trim().slice(0, ORGANISER_NAME_MAX);
  if (trimmed === '') storage.removeItem(NAME_KEY);
  else storage.setItem(NAME_KEY, trimmed);
  for (const listener of listeners) listener();
}

/**
 * The author the change log asks for at each write: the name as it is set now. Where the browser keeps no
 * storage, changes are still logged, with no name and a node of their own for this window.
 */
export function changeAuthorOf(storage?: Store): () => ChangeAuthor {
  try {
    const store = storage ?? localStorage;
    const node = computerNode(store);
    return () => ({ node, organiser: organiserName(store) });
  } catch {
    const node = newNode();
    return () => ({ node, organiser: '' });
  }
}

/** The organiser's name, kept up to date, and a way to set it. */
export function useOrganiserName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => organiserName(),
  );
  return [name, useCallback((next: string) => setOrganiserName(next), [])];
}

/** This computer's node, to tell its own unnamed changes from another computer's. */
export function useComputerNode(): string {
  return useSyncExternalStore(
    () => () => undefined,
    () => {
      try {
        return computerNode();
      } catch {
        return '';
      }
    },
  );
}
