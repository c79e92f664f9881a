/**
 * The scaffold of every list screen (trips, the directory, a trip's people): a loader while the records are
 * read, an empty state that says what the list is for and offers the first actions, and otherwise a heading
 * with its actions, optional filters, the table and a line for a search that matches nothing. Each screen
 * gives only its words, columns and rows, so all lists look and behave alike: the search box is focused with
 * "/" and cleared with Escape, and the row-actions column is named for screen readers.
 *
 * A long list (a directory of 200 partners) paints its first rows at once and the rest a batch at a time in
 * transitions that yield to the person between batches, so that opening it never freezes the window.
 */
import { Center, EmptyState, Group, Loader, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { Children, startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenHotkeys } from '../hotkeys';

export interface ListColumn {
  header: ReactNode;
  width?: number | string;
  align?: 'right';
  /** Keeps a short header ("Participants") on one line. */
  nowrap?: boolean;
}

export interface EmptyList {
  icon: ReactNode;
  /** The heading, as an element, so that the screen can give it its focus target. */
  title: ReactNode;
  description: string;
  /** The first actions, such as "New trip". */
  actions: ReactNode;
  /** How much of the window the empty state centres in. */
  minHeight: string;
}

export interface ListScreenProps {
  /** While true, only a loader named by `loadingLabel` shows. */
  loading: boolean;
  loadingLabel: string;
  /** The empty state, when the list holds nothing at all; null when it holds something. */
  empty: EmptyList | null;
  /** The heading, as an element. */
  heading: ReactNode;
  /** Beside the heading, at the end: the search box and buttons. */
  toolbar: ReactNode;
  /** Aligns the heading with the bottom of a toolbar whose fields have labels. */
  alignHeader?: 'flex-end';
  /** Space between the toolbar's controls: Mantine's default unless a toolbar of many buttons asks for less. */
  toolbarGap?: 'sm';
  /** Filters under the heading. */
  filters?: ReactNode;
  /** The table's accessible name: "Trips". */
  tableLabel: string;
  columns: readonly ListColumn[];
  /** Whether the last column holds each row's "⋯" menu. */
  rowActions?: boolean;
  /** Scrolls the table sideways below this width instead of squeezing it. */
  minWidth?: number;
  /** The rows; a long list is drawn a batch at a time. */
  rows: ReactNode;
  /** What to say when no row shows; null when some do. */
  noMatch: ReactNode | null;
  /** Below the table: paging, notes. */
  footer?: ReactNode;
  /** Dialogs the screen opens, present in every state but loading. */
  dialogs?: ReactNode;
}

/** Rows drawn with the screen's first paint, and added in each batch after it. */
const ROWS_AT_ONCE = 60;

/** How many of `total` rows to draw: the first batch, then one more batch after each is committed. */
function useRowsDrawn(total: number): number {
  const [drawn, setDrawn] = useState(ROWS_AT_ONCE);
  useEffect(() => {
    if (drawn < total) startTransition(() => setDrawn(drawn + ROWS_AT_ONCE));
  }, [drawn, total]);
  return Math.min(drawn, total);
}

export function ListScreen(props: ListScreenProps) {
  const { t } = useTranslation();
  const rows = Children.toArray(props.rows);
  const drawn = useRowsDrawn(rows.length);
  if (props.loading) {
    return (
      <Center h={200}>
        <Loader aria-label={props.loadingLabel} />
      </Center>
    );
  }
  if (props.empty) {
    const { icon, title, description, actions, minHeight } = props.empty;
    return (
      <Center mih={minHeight}>
        <EmptyState icon={icon} title={title} description={description}>
          <Group justify="center" mt="md">
            {actions}
          </Group>
        </EmptyState>
        {props.dialogs}
      </Center>
    );
  }
  const table = (
    <Table highlightOnHover verticalSpacing="sm" aria-label={props.tableLabel} layout="fixed" style={{ overflowWrap: 'anywhere' }}>
      <Table.Thead>
        <Table.Tr>
          {props.columns.map((column, index) => (
            <Table.Th
              key={index}
              w={column.width}
              ta={column.align}
              style={column.nowrap ? { whiteSpace: 'nowrap' } : undefined}
            >
              {column.header}
            </Table.Th>
          ))}
          {props.rowActions && (
            <Table.Th w={56}>
              <VisuallyHidden>{t('action.actions')}</VisuallyHidden>
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{drawn < rows.length ? rows.slice(0, drawn) : rows}</Table.Tbody>
    </Table>
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align={props.alignHeader}>
        {props.heading}
        <Group gap={props.toolbarGap}>{props.toolbar}</Group>
      </Group>
      {props.filters}
      {props.minWidth ? (
        <Table.ScrollContainer minWidth={props.minWidth} type="native">
          {table}
        </Table.ScrollContainer>
      ) : (
        table
      )}
      {props.noMatch !== null && (
        <Text c="dimmed" ta="center" py="xl">
          {props.noMatch}
        </Text>
      )}
      {props.footer}
      {props.dialogs}
    </Stack>
  );
}

export interface ListSearchProps {
  /** The accessible name; shown above the box when `showLabel`. */
  label: string;
  showLabel?: boolean;
  placeholder: string;
  /**
   * React state that `onChange` sets at once. Never a value that arrives later (read from the address, set in a
   * transition): the box would drop keystrokes typed before it lands. `useListAddress` keeps one in the address.
   */
  value: string;
  onChange(value: string): void;
  width: number;
}

/** A list's search box: "/" anywhere on the screen focuses it, Escape in it clears it. */
export function ListSearch({ label, showLabel, placeholder, value, onChange, width }: ListSearchProps) {
  const ref = useRef<HTMLInputElement>(null);
  useScreenHotkeys([['/', () => ref.current?.focus()]]);
  return (
    <TextInput
      ref={ref}
      {...(showLabel ? { label } : { 'aria-label': label })}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onChange('');
      }}
      w={width}
    />
  );
}
