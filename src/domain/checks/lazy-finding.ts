/**
 * Findings worded when read. A badly planned trip has tens of thousands of double bookings and the organiser
 * reads a screenful, so a finding's id, rule, severity and records are set when it is found, while its message,
 * its people and its fingerprint are worked out on first read and kept. The people of a double booking or a
 * tight transfer stay one shared list per attendance class until someone asks for them, and the findings index
 * lists such findings by class without asking (see `classesOfPeople`).
 */
import type { AttendanceClass } from './attendance-classes';
import type { CheckContext } from './check-context';
import type { CheckRule, Finding, FindingSeverity } from './finding';
import { firstByRank, whoFromLeaders } from './finding-wording';
import { peopleFacts } from './fingerprints';
import type { Message } from '../shared/message';

/** The empty list of records, shared by every finding that names none of a kind. */
export const NO_IDS: readonly string[] = Object.freeze([]);

/** Ids once each, sorted: how a finding lists the records and people it names. */
export const sortedIds = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** By id, in code-unit order (not locale), for speed and stability: the order of rules with few findings. */
export const byFindingId = (a: Finding, b: Finding): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A finding as the engine makes it. Its wording, its people and its fingerprint are getters on the prototype:
 * read them by name (a spread copy does not carry them), or take `toJSON()` for a plain copy.
 */
export abstract class LazyFinding implements Finding {
  readonly id: string;
  readonly rule: CheckRule;
  readonly severity: FindingSeverity;
  readonly engagementIds: readonly string[];
  readonly journeyIds: readonly string[];
  readonly cityIds: readonly string[];
  readonly otherTripIds?: readonly string[];
  readonly resourceIds?: readonly string[];
  #message: Message | undefined = undefined;
  #personIds: readonly string[] | undefined = undefined;
  #fingerprint: string | undefined = undefined;

  constructor(
    id: string,
    rule: CheckRule,
    severity: FindingSeverity,
    engagementIds: readonly string[],
    journeyIds: readonly string[],
    cityIds: readonly string[],
    otherTripIds?: readonly string[],
    resourceIds?: readonly string[],
  ) {
    this.id = id;
    this.rule = rule;
    this.severity = severity;
    this.engagementIds = engagementIds;
    this.journeyIds = journeyIds;
    this.cityIds = cityIds;
    if (otherTripIds) this.otherTripIds = otherTripIds;
    if (resourceIds) this.resourceIds = resourceIds;
  }

  get message(): Message {
    return (this.#message ??= this.wordMessage());
  }

  get personIds(): readonly string[] {
    return (this.#personIds ??= this.listPeople());
  }

  get fingerprint(): string {
    return (this.#fingerprint ??= this.fingerprintSituation());
  }

  /** The attendance classes whose people this is about, when it is about whole classes; else null. */
  classesOfPeople(): readonly AttendanceClass[] | null {
    return null;
  }

  /** Every field, worked out, as a plain object: what `JSON.stringify` writes and tests compare. */
  toJSON(): Finding {
    return {
      id: this.id,
      rule: this.rule,
      severity: this.severity,
      message: this.message,
      personIds: [...this.personIds],
      engagementIds: [...this.engagementIds],
      journeyIds: [...this.journeyIds],
      cityIds: [...this.cityIds],
      ...(this.otherTripIds ? { otherTripIds: [...this.otherTripIds] } : {}),
      ...(this.resourceIds ? { resourceIds: [...this.resourceIds] } : {}),
      fingerprint: this.fingerprint,
    };
  }

  protected abstract wordMessage(): Message;
  protected abstract listPeople(): readonly string[];
  protected abstract fingerprintSituation(): string;
}

/** What a finding of the rules with few findings works out when first read, each part on its own. */
export interface FindingOnRead {
  message: () => Message;
  personIds: () => readonly string[];
  fingerprint: () => string;
}

/** A finding whose parts are worked out by the functions it is given. */
export class WordedFinding extends LazyFinding {
  readonly #onRead: FindingOnRead;

  constructor(
    id: string,
    rule: CheckRule,
    severity: FindingSeverity,
    records: {
      engagementIds?: readonly string[];
      journeyIds?: readonly string[];
      cityIds?: readonly string[];
      otherTripIds?: readonly string[];
      resourceIds?: readonly string[];
    },
    onRead: FindingOnRead,
  ) {
    super(
      id,
      rule,
      severity,
      records.engagementIds ?? NO_IDS,
      records.journeyIds ?? NO_IDS,
      records.cityIds ?? NO_IDS,
      records.otherTripIds,
      records.resourceIds,
    );
    this.#onRead = onRead;
  }

  protected override wordMessage(): Message {
    return this.#onRead.message();
  }

  protected override listPeople(): readonly string[] {
    return this.#onRead.personIds();
  }

  protected override fingerprintSituation(): string {
    return this.#onRead.fingerprint();
  }
}

/**
 * A finding for everyone in some attendance classes: double bookings and tight transfers. Its people are the
 * classes' people, merged only when read; who it names and its fingerprint's people come from the classes'
 * leaders and digests, so a class of hundreds is not walked for each of its findings.
 */
export abstract class ClassFinding extends LazyFinding {
  readonly #context: CheckContext;
  readonly #group: AttendanceClass;
  /** The classes after the first, when there are more: rarely. */
  #more: AttendanceClass[] | null = null;

  constructor(
    context: CheckContext,
    group: AttendanceClass,
    id: string,
    rule: CheckRule,
    severity: FindingSeverity,
    engagementIds: readonly string[],
    journeyIds: readonly string[],
    cityIds: readonly string[],
  ) {
    super(id, rule, severity, engagementIds, journeyIds, cityIds);
    this.#context = context;
    this.#group = group;
  }

  /** Another class of people this happens to; no one is in two classes. */
  addClass(group: AttendanceClass): void {
    if (this.#more) this.#more.push(group);
    else this.#more = [this.#group, group];
  }

  override classesOfPeople(): readonly AttendanceClass[] {
    return this.#more ?? [this.#group];
  }

  protected get context(): CheckContext {
    return this.#context;
  }

  protected get headcount(): number {
    if (!this.#more) return this.#group.personIds.length;
    let count = 0;
    for (const group of this.#more) count += group.personIds.length;
    return count;
  }

  /** "Joe Anderson, Ann Lee and 5 others" */
  protected get who(): Message {
    const leaders = this.#more
      ? firstByRank(this.#context, this.#more.flatMap((group) => group.leaders), 3)
      : this.#group.leaders;
    return whoFromLeaders(this.#context, leaders, this.headcount);
  }

  /** The people part of the fingerprint, from the classes' digests. */
  protected get peopleFacts(): string {
    let digest = 0;
    for (const group of this.classesOfPeople()) digest = (digest + group.peopleDigest) >>> 0;
    return peopleFacts(this.headcount, digest);
  }

  protected override listPeople(): readonly string[] {
    const groups = this.#more;
    if (!groups) return this.#group.personIds;
    let merged = mergeSorted(groups[0]!.personIds, groups[1]!.personIds);
    for (let index = 2; index < groups.length; index += 1) merged = mergeSorted(merged, groups[index]!.personIds);
    return merged;
  }
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
