/**
 * The bar above a printed document (a briefing book, a host programme): back to the trip, the document's name,
 * its own actions, *Save as PDF* on the desktop and *Print*. Never printed itself.
 */
import { Anchor, Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { safeFileName } from '../../domain/shared/file-name';
import { usePlatform } from '../shared/context';
import type { PaperSize } from './book-options';
import { withFileSaveLogged } from '../../usecases/operation-log';

export function DocumentToolbar({
  tripId,
  back,
  backTo,
  title,
  headingRef,
  pdf,
  actions,
}: {
  tripId: string;
  /** The back link's words. */
  back: string;
  /** Where the back link goes: the trip's page unless given. */
  backTo?: string;
  title: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** The PDF's file name (without extension), its fallback and sheet; null while there is nothing to save. */
  pdf: { stem: string; fallback: string; paper: PaperSize } | null;
  /** The document's own buttons, before the saving ones. */
  actions?: ReactNode;
}) {
  const { t } = useTranslation('book');
  const platform = usePlatform();
  const { savePdf } = platform;

  const saveAsPdf = async () => {
    if (!savePdf || !pdf) return;
    const result = await withFileSaveLogged(platform, 'book', null, () =>
      savePdf({ suggestedName: safeFileName(pdf.stem, 'pdf', pdf.fallback), paper: pdf.paper }),
    );
    if (result.status === 'failed') notifications.show({ color: 'red', title: t('toolbar.notSaved'), message: result.message });
    if (result.status === 'saved') notifications.show({ color: 'teal', message: t('toolbar.saved', { path: result.path }) });
  };

  return (
    <Group className="no-print book-toolbar" justify="space-between" mb="md">
      <Anchor component={Link} to={backTo ?? `/trips/${tripId}`} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> {back}
        </Group>
      </Anchor>
      <h2 className="book-toolbar-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <Group gap="xs">
        {actions}
        {savePdf && pdf && (
          <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => void saveAsPdf()}>
            {t('toolbar.savePdf')}
          </Button>
        )}
        <Button leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t('toolbar.print')}
        </Button>
      </Group>
    </Group>
  );
}
