/**
 * The keyboard's help sheet, opened with `?` (outside a field) or from the header: every shortcut the app
 * answers, where it works, with Ctrl or Cmd as the computer has it. Shortcuts of one key never fire while typing
 * in a field, nor behind a dialog, nor while a menu is open (src/ui/shared/hotkeys.tsx).
 */
import { Modal, Table } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { menuOpen, ShortcutKeys } from '../shared/hotkeys';

interface ShortcutsSheetProps {
  opened: boolean;
  onOpen(): void;
  onClose(): void;
}

type Shortcut = [keys: readonly (readonly string[])[], does: string];

export function ShortcutsSheet({ opened, onOpen, onClose }: ShortcutsSheetProps) {
  const { t } = useTranslation('app');
  const openUnlessInMenu = () => {
    if (!menuOpen()) onOpen();
  };
  useHotkeys([['shift+?', openUnlessInMenu], ['?', openUnlessInMenu]]);
  const groups: [string, Shortcut[]][] = [
    [
      t('shortcuts.anywhere'),
      [
        [[['mod', 'K']], t('shortcuts.palette')],
        [[['N']], t('shortcuts.newTrip')],
        [[['/']], t('shortcuts.findList')],
        [[['mod', 'Z']], t('shortcuts.undo')],
        [[['mod', 'Shift', 'Z'], ['Ctrl', 'Y']], t('shortcuts.redo')],
        [[['Esc']], t('shortcuts.close')],
        [[['?']], t('shortcuts.help')],
      ],
    ],
    [t('shortcuts.onTrip'), [[[['1'], ['…'], ['9'], ['0']], t('shortcuts.tabs')]]],
    [
      t('shortcuts.inProgramme'),
      [
        [[['J']], t('shortcuts.nextDay')],
        [[['K']], t('shortcuts.previousDay')],
        [[['A']], t('shortcuts.addEngagement')],
        [[['mod', 'F']], t('shortcuts.findProgramme')],
      ],
    ],
    [t('shortcuts.inForm'), [[[['mod', 'Enter'], ['mod', 'S']], t('shortcuts.save')]]],
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} size="lg">
      <Table aria-label={t('shortcuts.title')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
            <Table.Th>{t('shortcuts.does')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map(([where, shortcuts]) => (
            <Fragment key={where}>
              <Table.Tr>
                <Table.Th colSpan={2} scope="colgroup" pt="md">
                  {where}
                </Table.Th>
              </Table.Tr>
              {shortcuts.map(([alternatives, does]) => (
                <Table.Tr key={does}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {alternatives.map((keys, index) => (
                      <span key={keys.join('+')}>
                        {index > 0 && (keys[0] === '…' || alternatives[index - 1]![0] === '…' ? ' ' : ` ${t('shortcuts.or')} `)}
                        {keys[0] === '…' ? '…' : <ShortcutKeys keys={keys} />}
                      </span>
                    ))}
                  </Table.Td>
                  <Table.Td>{does}</Table.Td>
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
