/**
 * The "⋯" menu at the end of a table row, named for the row it acts on ("Actions for Kunming").
 *
 * A list draws hundreds of these and a person opens one now and then: each row draws a plain button, and the menu
 * (a popover with its positioning and outside-click listeners) is made only for the row whose button is pressed,
 * then kept for that row.
 */
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function RowActions({ label, children }: { label: string; children: ReactNode }) {
  const [made, setMade] = useState(false);
  const [opened, setOpened] = useState(false);
  const target = useRef<HTMLButtonElement>(null);
  // The menu's button replaces the plain one: it takes the focus first, so that the menu, opened from it,
  // gives the focus back to it when it closes.
  useLayoutEffect(() => {
    if (!made) return;
    target.current?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the second render is the point: the menu opens once its button has the focus
    setOpened(true);
  }, [made]);
  if (!made) {
    return (
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        onClick={() => setMade(true)}
      >
        <IconDots size={18} />
      </ActionIcon>
    );
  }
  return (
    <Menu position="bottom-end" opened={opened} onChange={setOpened}>
      <Menu.Target>
        <ActionIcon ref={target} variant="subtle" color="gray" aria-label={label}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>{children}</Menu.Dropdown>
    </Menu>
  );
}
