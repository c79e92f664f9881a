/**
 * The programme's days and items, as a list that draws only what is on screen once it is long (a fortnight of
 * meetings is hundreds of rows): each day still one card under its heading, the rows of the days in view drawn
 * in it, the heading of a day always with them. Shorter programmes, and every programme on paper, are drawn
 * whole.
 *
 * Around the list: the programme's own find (Ctrl/Cmd+F while it is shown), which looks through every row,
 * drawn or not; and today, marked while the trip is under way, which the programme opens at and a Today button
 * goes back to. Keyboard: Tab goes through the rows' links and buttons in order (the rows next to those on
 * screen are drawn too, so the next one is always there); PageUp/PageDown/Home/End scroll the page as usual;
 * J and K go to the next and the previous day (its heading takes the focus), and A adds an engagement on the day
 * the focus is in, or else the first day on screen (as "Add an engagement" from the palette does).
 */
import { Button, Card, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { IconCalendarEvent, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewedFinding } from '../../domain/checks/acknowledgements';
import { isToday } from '../../domain/programme/programme';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import { useTripChecks } from '../checks';
import { useScreenRequest } from '../shared/screen-request';
import { ShortcutKeys, useScreenHotkeys } from '../shared/hotkeys';
import { useLocale } from '../shared/locale';
import { clearFound, highlightFound } from './find-highlight';
import { ProgrammeFind } from './ProgrammeFind';
import { DayHeading, ItemLine } from './ProgrammeRows';
import { findRows, programmeRowsOf, type DayRow, type ProgrammeRow, type ProgrammeRows } from './programme-rows';
import './programme.css';

/** From how many rows the list is windowed: below it, drawing every row costs less than a frame or two. */
export const WINDOWED_FROM_ROWS = 150;
/** The space between days, and the window's fixed header a row scrolled to must clear. */
const DAY_GAP = 16;
const HEADER_CLEARANCE = 56 + 16;

/**
 * A row's height before it is drawn, as measured in Chromium at the app's sizes: near enough that the list's
 * length (and where End lands) barely moves as rows are measured.
 */
function estimatedHeight(row: ProgrammeRow): number {
  const last = row.kind === 'day' ? row.empty : row.last;
  const trailing = last ? 4 + DAY_GAP : 0;
  if (row.kind === 'day') return (row.empty ? 87 : 50) + trailing;
  const connections = row.item.kind === 'departure' ? row.item.segment.connections.length * 17 : 0;
  return (row.item.kind === 'check-out' ? 33 : 49) + connections + trailing;
}

type ScrollTo = (row: number, align: 'start' | 'center') => void;

interface RowDrawing {
  rows: ProgrammeRows;
  todayDay: number | null;
  findCurrent: number | null;
  drawRow: (row: ProgrammeRow) => ReactNode;
}

function rowClass(row: ProgrammeRow): string {
  const last = row.kind === 'day' ? row.empty : row.last;
  return `programme-row programme-row-${row.kind}${last ? ' programme-row-last' : ''}`;
}

function DayCard({ today, children, style }: { today: boolean; children: ReactNode; style?: CSSProperties }) {
  return (
    <Card
      withBorder
      p={0}
      className="programme-day"
      aria-current={today ? 'date' : undefined}
      bd={today ? '2px solid var(--mantine-color-indigo-5)' : undefined}
      style={style}
    >
      {children}
    </Card>
  );
}

/** Every row, in the page's flow: short programmes, and any programme being printed. */
function WholeList({ drawing, scrollToRef }: { drawing: RowDrawing; scrollToRef: RefObject<ScrollTo | null> }) {
  const { rows, dayRows } = drawing.rows;
  const container = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    scrollToRef.current = (index, align) =>
      container.current?.querySelector(`[data-row-index="${index}"]`)?.scrollIntoView({ block: align });
  });
  return (
    <div ref={container} className="programme-list" style={{ display: 'flex', flexDirection: 'column', gap: DAY_GAP }}>
      {dayRows.map((first, day) => {
        const end = dayRows[day + 1] ?? rows.length;
        return (
          <DayCard key={rows[first]!.key} today={drawing.todayDay === day}>
            {rows.slice(first, end).map((row, offset) => (
              <div
                key={row.key}
                className={rowClass(row)}
                data-row-index={first + offset}
                data-find-current={drawing.findCurrent === first + offset ? '' : undefined}
              >
                {drawing.drawRow(row)}
              </div>
            ))}
          </DayCard>
        );
      })}
    </div>
  );
}

/** The rows on screen and a few either side, each day's heading with them, in cards the size of their days. */
function WindowedList({ drawing, scrollToRef }: { drawing: RowDrawing; scrollToRef: RefObject<ScrollTo | null> }) {
  const { rows, dayRows } = drawing.rows;
  const container = useRef<HTMLDivElement>(null);
  // Where the list starts on the page (the find box or the trip's header above it may move it).
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (container.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setMargin((before) => (Math.abs(top - before) >= 1 ? top : before));
    };
    measure();
    // What is above the list (a find box, a person's cards) changes the page's height as it moves the list.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const headingOf = useCallback((index: number) => dayRows[rows[index]!.day]!, [rows, dayRows]);
  // How far the measured rows are from their estimates, on average: rows not yet drawn are estimated with it
  // (a trip whose items carry findings' marks has taller rows), so the list's length settles as it is measured.
  const correctionRef = useRef({ sum: 0, count: 0 });
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => {
      const correction = correctionRef.current;
      return estimatedHeight(rows[index]!) + (correction.count ? correction.sum / correction.count : 0);
    },
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      const row = rows[Number(element.getAttribute('data-index'))];
      if (row?.kind === 'item') {
        correctionRef.current.sum += size - estimatedHeight(row);
        correctionRef.current.count += 1;
      }
      return size;
    },
    getItemKey: (index) => rows[index]!.key,
    overscan: 6,
    // The window's size and scroll from the start, so the first render already draws the rows on screen.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialOffset: () => window.scrollY,
    scrollMargin: margin,
    scrollPaddingStart: HEADER_CLEARANCE,
    // A day's heading is drawn whenever any of its rows is.
    rangeExtractor: (range) => [...new Set(defaultRangeExtractor(range).flatMap((index) => [headingOf(index), index]))].sort((a, b) => a - b),
  });
  useLayoutEffect(() => {
    scrollToRef.current = (index, align) => virtualizer.scrollToIndex(index, { align });
  });

  const groups: { day: number; items: VirtualItem[] }[] = [];
  for (const item of virtualizer.getVirtualItems()) {
    const day = rows[item.index]!.day;
    const group = groups.at(-1);
    if (group?.day === day) group.items.push(item);
    else groups.push({ day, items: [item] });
  }
  const measured = virtualizer.measurementsCache;
  return (
    <div ref={container} className="programme-list programme-windowed" style={{ position: 'relative', height: virtualizer.getTotalSize() - DAY_GAP }}>
      {groups.map(({ day, items }) => {
        const first = measured[dayRows[day]!]!;
        const last = measured[(dayRows[day + 1] ?? rows.length) - 1]!;
        return (
          <DayCard
            key={first.key as string}
            today={drawing.todayDay === day}
            style={{ position: 'absolute', left: 0, right: 0, top: first.start - margin, height: last.end - first.start - DAY_GAP }}
          >
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <div
                  key={item.key as string}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-row-index={item.index}
                  data-find-current={drawing.findCurrent === item.index ? '' : undefined}
                  className={rowClass(row)}
                  style={{ position: 'absolute', left: 0, right: 0, top: item.start - first.start }}
                >
                  {drawing.drawRow(row)}
                </div>
              );
            })}
          </DayCard>
        );
      })}
    </div>
  );
}

export function ProgrammeList({
  bundle,
  personId = null,
  printing,
  onAdd,
  note,
  actions,
}: {
  bundle: TripBundle;
  /** On a person's programme: their days, and only the findings that concern them. */
  personId?: string | null;
  /** The page is being printed: every row is drawn. */
  printing: boolean;
  /** Adding an engagement on a day (the trip's programme); null on a person's. */
  onAdd: ((day: DayRow) => void) | null;
  /** What the toolbar says, and its own buttons beside Find and Today. */
  note: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(['programme', 'engagements']);
  const locale = useLocale();
  const programme = useMemo(() => programmeRowsOf(bundle, personId, t, locale), [bundle, personId, t, locale]);
  const { rows, dayRows, days } = programme;
  const { marks } = useTripChecks();

  // Today, where each day is lived: as the programme opened.
  const [now] = useState(() => new Date().toISOString());
  const todayDay = useMemo(() => {
    const index = days.findIndex((day) => isToday(day, now));
    return index < 0 ? null : index;
  }, [days, now]);

  // Find.
  const [finding, setFinding] = useState(false);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const findInput = useRef<HTMLInputElement>(null);
  const focusBefore = useRef<HTMLElement | null>(null);
  const matches = useMemo(() => (finding ? findRows(programme, query) : []), [finding, programme, query]);
  const at = matches.length ? Math.min(current, matches.length - 1) : 0;
  const findCurrent = matches.length ? matches[at]! : null;

  const openFind = useCallback(() => {
    if (document.activeElement !== findInput.current) focusBefore.current = document.activeElement as HTMLElement | null;
    setFinding(true);
    requestAnimationFrame(() => {
      findInput.current?.focus();
      findInput.current?.select();
    });
  }, []);
  const closeFind = () => {
    setFinding(false);
    setQuery('');
    clearFound();
    const back = focusBefore.current;
    if (back?.isConnected) back.focus();
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Not from a dialog over the programme (an engagement being booked): that is not finding in the programme.
      const inDialog = Boolean(document.activeElement?.closest('[role=dialog]'));
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f' && !inDialog) {
        event.preventDefault();
        openFind();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openFind]);

  const scrollTo = useRef<ScrollTo | null>(null);
  useEffect(() => {
    if (findCurrent !== null) scrollTo.current?.(findCurrent, 'center');
  }, [findCurrent]);
  // The programme opens at today while the trip is under way (after the screen has shown itself from its top).
  useEffect(() => {
    if (todayDay === null) return;
    const frame = requestAnimationFrame(() => scrollTo.current?.(dayRows[todayDay]!, 'start'));
    return () => cancelAnimationFrame(frame);
    // Once, as the programme opens: not again as its records change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (finding && !printing) highlightFound(list.current, query);
  });

  // The day the keyboard works on: the one the focus is in, or else the first on screen below the header.
  const currentDay = (): number => {
    const focused = document.activeElement?.closest('[data-row-index]');
    const row =
      focused && list.current?.contains(focused)
        ? focused
        : [...(list.current?.querySelectorAll('[data-row-index]') ?? [])].find((each) => each.getBoundingClientRect().bottom > HEADER_CLEARANCE);
    return rows[Number(row?.getAttribute('data-row-index'))]?.day ?? todayDay ?? 0;
  };
  const goToDay = (day: number) => {
    if (days.length === 0) return;
    const heading = dayRows[Math.max(0, Math.min(days.length - 1, day))]!;
    scrollTo.current?.(heading, 'start');
    // A windowed list draws the day by the frame after it scrolled there.
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        list.current?.querySelector<HTMLElement>(`[data-row-index="${heading}"] [data-day-heading]`)?.focus({ preventScroll: true }),
      ),
    );
  };
  // On the day asked, or the first one after it that is in a city (a day at home has nowhere to meet).
  const addOn = (day: number) => {
    const row = dayRows
      .slice(day)
      .map((index) => rows[index]!)
      .find((candidate): candidate is DayRow => candidate.kind === 'day' && candidate.addIn !== null);
    if (!onAdd) return;
    if (row) onAdd(row);
    else notifications.show({ color: 'orange', message: t('view.noCityToAdd') });
  };
  useScreenHotkeys([
    ['j', () => goToDay(currentDay() + 1)],
    ['k', () => goToDay(currentDay() - 1)],
    ['a', () => addOn(currentDay())],
  ]);
  useScreenRequest('add-engagement', () => addOn(currentDay()));
  useEffect(() => clearFound, []);

  const concerning = (items: readonly ReviewedFinding[] | undefined) =>
    personId === null || !items
      ? items
      : items.filter((item) => item.finding.personIds.length === 0 || item.finding.personIds.includes(personId));
  const drawRow = (row: ProgrammeRow) =>
    row.kind === 'day' ? (
      <DayHeading
        words={programme.dayWords(row)}
        empty={row.empty}
        today={todayDay === row.day}
        onAdd={onAdd && row.addIn ? () => onAdd(row) : null}
      />
    ) : (
      <ItemLine
        row={row}
        words={programme.itemWords(row)}
        tripId={bundle.trip.id}
        findings={
          row.item.kind === 'engagement'
            ? concerning(marks.byEngagement.get(row.item.engagement.id))
            : row.item.kind === 'departure' || row.item.kind === 'arrival'
              ? concerning(marks.byJourney.get(row.item.segment.id))
              : undefined
        }
      />
    );
  const drawing: RowDrawing = { rows: programme, todayDay, findCurrent: finding ? findCurrent : null, drawRow };
  const windowed = !printing && rows.length >= WINDOWED_FROM_ROWS;

  return (
    <>
      <Group justify="space-between" className="no-print" wrap="nowrap">
        <div>{note}</div>
        <Group gap="xs" wrap="nowrap">
          {todayDay !== null && (
            <Button variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={() => scrollTo.current?.(dayRows[todayDay]!, 'start')}>
              {t('view.today')}
            </Button>
          )}
          <Tooltip label={<ShortcutKeys keys={['mod', 'F']} />} openDelay={400}>
            <Button variant="default" leftSection={<IconSearch size={16} />} onClick={openFind} aria-keyshortcuts="Control+F Meta+F">
              {t('view.find')}
            </Button>
          </Tooltip>
          {actions}
        </Group>
      </Group>
      {finding && (
        <ProgrammeFind
          inputRef={findInput}
          query={query}
          onQuery={(next) => {
            setQuery(next);
            setCurrent(0);
          }}
          current={at}
          total={matches.length}
          onMove={(by) => matches.length && setCurrent((at + by + matches.length) % matches.length)}
          onClose={closeFind}
        />
      )}
      <section
        ref={list}
        aria-label={t('view.label', {
          days: t('view.days', { count: days.length }),
          engagements: t('view.engagements', { count: programme.engagements }),
        })}
      >
        {windowed ? <WindowedList drawing={drawing} scrollToRef={scrollTo} /> : <WholeList drawing={drawing} scrollToRef={scrollTo} />}
      </section>
    </>
  );
}
