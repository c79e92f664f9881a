/**
 * The keyboard's help sheet, opened with `?` (outside a field) or from the header: every shortcut the app
 * answers, with Ctrl or Cmd as the computer has it. Shortcuts of one letter never fire while typing in a field.
 */
import { Kbd, Modal, Table } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

interface ShortcutsSheetProps {
  opened: boolean;
  onOpen(): void;
  onClose(): void;
}

export function ShortcutsSheet({ opened, onOpen, onClose }: ShortcutsSheetProps) {
  const { t } = useTranslation('app');
  const os = useOs();
  const mod = os === 'macos' || os === 'ios' ? '⌘' : 'Ctrl';
  useHotkeys([['shift+?', onOpen], ['?', onOpen]]);
  const rows: [string[], string][] = [
    [[mod, 'K'], t('shortcuts.palette')],
    [['N'], t('shortcuts.newTrip')],
    [['/'], t('shortcuts.findList')],
    [[mod, 'F'], t('shortcuts.findProgramme')],
    [[mod, 'Z'], t('shortcuts.undo')],
    [['Esc'], t('shortcuts.close')],
    [['?'], t('shortcuts.help')],
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} size="md">
      <Table aria-label={t('shortcuts.title')} verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
            <Table.Th>{t('shortcuts.does')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([keys, does]) => (
            <Table.Tr key={does}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <Kbd>{key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{does}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
