/**
 * A trip's findings by the records they name, for marking them where those records are shown (an engagement's
 * card, a journey, a city, a person). Each map is built when first read, in one pass over the findings, and
 * keeps the engine's order; the lists are shared, so no one may change them.
 */
import { appendTo } from './check-context';
import type { Finding } from './finding';
import { LazyFinding } from './lazy-finding';

/** A trip's findings by the records they name, each list in the engine's order. Do not change the lists. */
export interface FindingsIndex {
  readonly byEngagement: ReadonlyMap<string, readonly Finding[]>;
  readonly byJourney: ReadonlyMap<string, readonly Finding[]>;
  readonly byCity: ReadonlyMap<string, readonly Finding[]>;
  readonly byPerson: ReadonlyMap<string, readonly Finding[]>;
}

function indexBy(findings: readonly Finding[], idsOf: (finding: Finding) => readonly string[]) {
  const index = new Map<string, Finding[]>();
  for (const finding of findings) for (const id of idsOf(finding)) appendTo(index, id, finding);
  return index;
}

/**
 * Who each finding is about. A double booking is about whole attendance classes, often thousands of
 * findings for the same forty people: each class's findings are listed once and its people share the list,
 * without working out any finding's `personIds`.
 */
function indexByPerson(findings: readonly Finding[]): Map<string, readonly Finding[]> {
  const named = new Map<string, number[]>();
  const byClass = new Map<readonly string[], number[]>();
  for (let position = 0; position < findings.length; position += 1) {
    const finding = findings[position]!;
    const classes = finding instanceof LazyFinding ? finding.classesOfPeople() : null;
    if (classes) for (const group of classes) appendTo(byClass, group.personIds, position);
    else for (const personId of finding.personIds) appendTo(named, personId, position);
  }
  const positionsOf = new Map<string, number[][]>();
  for (const [personId, positions] of named) positionsOf.set(personId, [positions]);
  for (const [people, positions] of byClass) for (const personId of people) appendTo(positionsOf, personId, positions);
  const shared = new Map<number[], Finding[]>();
  const byPerson = new Map<string, readonly Finding[]>();
  for (const [personId, lists] of positionsOf) {
    if (lists.length === 1) {
      const positions = lists[0]!;
      let list = shared.get(positions);
      if (!list) shared.set(positions, (list = positions.map((position) => findings[position]!)));
      byPerson.set(personId, list);
    } else {
      const positions = [...new Set(lists.flat())].sort((a, b) => a - b);
      byPerson.set(personId, positions.map((position) => findings[position]!));
    }
  }
  return byPerson;
}

class LazyFindingsIndex implements FindingsIndex {
  readonly #findings: readonly Finding[];
  #byEngagement: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;
  #bySegment: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;
  #byStop: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;
  #byPerson: ReadonlyMap<string, readonly Finding[]> | undefined = undefined;

  constructor(findings: readonly Finding[]) {
    this.#findings = findings;
  }

  get byEngagement() {
    return (this.#byEngagement ??= indexBy(this.#findings, (finding) => finding.engagementIds));
  }

  get byJourney() {
    return (this.#bySegment ??= indexBy(this.#findings, (finding) => finding.journeyIds));
  }

  get byCity() {
    return (this.#byStop ??= indexBy(this.#findings, (finding) => finding.cityIds));
  }

  get byPerson() {
    return (this.#byPerson ??= indexByPerson(this.#findings));
  }
}

/**
 * The findings about each engagement, journey, city and person, for marking them where they are shown. Each
 * map is built when first read, in one pass over the findings.
 */
export function findingsIndex(findings: readonly Finding[]): FindingsIndex {
  return new LazyFindingsIndex(findings);
}
