/**
 * Record ids are random UUID strings, never auto-increment numbers, so that records made on two machines
 * never collide when a trip or a backup moves between them.
 */
export type Id = string;

export function newId(): Id {
  return crypto.randomUUID();
}
