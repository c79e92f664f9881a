/**
 * Notices of data not saved or not kept. A save that fails anywhere in the app (most often because storage is full) is told to the organiser, not
 * lost in the console. Each repository write is one transaction, so a failed one has changed nothing.
 */
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isStorageFull, saveFailureMessage } from '../../storage/storage-errors';
import { useLocale } from '../shared/locale';

export function SaveFailureNotices() {
  const locale = useLocale();
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      const reason: unknown = event.reason;
      const name = typeof reason === 'object' && reason !== null ? (reason as { name?: unknown }).name : undefined;
      // Only failures of the database: Dexie's errors are named "…Error" by their kind, and quota errors.
      const fromDatabase = isStorageFull(reason) || (typeof name === 'string' && /^(Dexie|Abort|Constraint|Data|Transaction|Database|Upgrade|Open|ReadOnly|Version)/.test(name));
      if (!fromDatabase) return;
      event.preventDefault();
      const { title, message } = saveFailureMessage(reason);
      notifications.show({ color: 'red', title: locale.word(title), message: locale.word(message), autoClose: false });
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [locale]);
  return null;
}

/**
 * Said at start, until dismissed, when the browser had discarded this computer's data as damaged (see
 * raw-export.ts onDiscarded): the app opens empty, and the organiser is told where to get the data back.
 */
export function DiscardedDataNotice({ discarded }: { discarded: boolean }) {
  const { t } = useTranslation('app');
  useEffect(() => {
    if (!discarded) return;
    notifications.show({ id: 'data-discarded', color: 'red', autoClose: false, title: t('discarded.title'), message: t('discarded.message') });
  }, [discarded, t]);
  return null;
}
