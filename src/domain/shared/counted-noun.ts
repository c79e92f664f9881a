/**
 * A count with its noun: "1 night", "3 nights", "2 people". The one place counts are put into English words,
 * until the interface's translation catalogues (with their own plural rules) take them over.
 */

/** `count` with `one` or `many` (by default `one` with an s). */
export function countedNoun(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
