/**
 * What goes into a trip's briefing book, as the organiser last chose it for that trip (remembered on this
 * computer), and as the book's address carries it: `/trips/<id>/book?person=…&edition=…&sections=…&paper=…`
 * (and `&passport=1` when passport details are to be printed),
 * so that a book can be opened, reloaded and printed from its address alone.
 */
import {
  BOOK_EDITIONS,
  BOOK_SECTIONS,
  DEFAULT_BOOK_OPTIONS,
  type BookEdition,
  type BookOptions,
  type BookSection,
} from '../../domain/book/briefing-book';

/** Sheets the book is laid out for. Persisted in remembered choices: do not rename. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface BookChoice extends BookOptions {
  paper: PaperSize;
}

export const DEFAULT_BOOK_CHOICE: BookChoice = { ...DEFAULT_BOOK_OPTIONS, paper: 'a4' };

const storageKey = (tripId: string) => `delegation-planner:book:${tripId}`;

const isEdition = (value: unknown): value is BookEdition => (BOOK_EDITIONS as readonly unknown[]).includes(value);
const isSection = (value: unknown): value is BookSection => (BOOK_SECTIONS as readonly unknown[]).includes(value);
const isPaper = (value: unknown): value is PaperSize => (PAPER_SIZES as readonly unknown[]).includes(value);

/** A choice read back from wherever it was kept: anything unknown falls back to the default, part by part. */
function choiceFrom(raw: { person?: unknown; edition?: unknown; sections?: unknown; paper?: unknown; passport?: unknown }): BookChoice {
  const sections = Array.isArray(raw.sections) ? raw.sections.filter(isSection) : DEFAULT_BOOK_CHOICE.sections;
  return {
    personId: typeof raw.person === 'string' && raw.person !== '' ? raw.person : null,
    edition: isEdition(raw.edition) ? raw.edition : DEFAULT_BOOK_CHOICE.edition,
    sections: sections.length > 0 ? sections : DEFAULT_BOOK_CHOICE.sections,
    paper: isPaper(raw.paper) ? raw.paper : DEFAULT_BOOK_CHOICE.paper,
    // Passport details only when asked for in so many words: anything else leaves them out.
    passportDetails: raw.passport === true || raw.passport === '1',
  };
}

/** The choice last made for the trip on this computer, or the default. */
export function rememberedBookChoice(tripId: string, storage: Pick<Storage, 'getItem'> = localStorage): BookChoice {
  try {
    const text = storage.getItem(storageKey(tripId));
    return text === null ? DEFAULT_BOOK_CHOICE : choiceFrom(JSON.parse(text) as Record<string, unknown>);
  } catch {
    return DEFAULT_BOOK_CHOICE;
  }
}

export function rememberBookChoice(tripId: string, choice: BookChoice, storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(
      storageKey(tripId),
      JSON.stringify({
        person: choice.personId,
        edition: choice.edition,
        sections: choice.sections,
        paper: choice.paper,
        passport: choice.passportDetails === true,
      }),
    );
  } catch {
    // A full or refused storage only means the choice is not remembered.
  }
}

/** The query string of the book's address for `choice`. */
export function bookSearch(choice: BookChoice): string {
  const params = new URLSearchParams();
  if (choice.personId !== null) params.set('person', choice.personId);
  params.set('edition', choice.edition);
  params.set('sections', choice.sections.join(','));
  params.set('paper', choice.paper);
  if (choice.passportDetails) params.set('passport', '1');
  return `?${params.toString()}`;
}

/** The choice a book's address carries. */
export function bookChoiceOf(search: URLSearchParams): BookChoice {
  return choiceFrom({
    person: search.get('person') ?? undefined,
    edition: search.get('edition') ?? undefined,
    sections: search.get('sections')?.split(',') ?? undefined,
    paper: search.get('paper') ?? undefined,
    passport: search.get('passport') ?? undefined,
  });
}
