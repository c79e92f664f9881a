import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './ui/app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectPlatform } from './platform';
import { logUncaughtErrors } from './platform/page-errors';
import { openPlannerDatabase } from './storage/database-open';
import { loadPinyin } from './domain/shared/search';
import { RecoveryScreen } from './ui/app/RecoveryScreen';
import { changeAuthorOf } from './ui/shared/change-author';
import { Root } from './ui/app/Root';
import { PlatformContext } from './ui/shared/context';
import { createWindowI18n, LanguageProvider } from './ui/shared/locale';

/**
 * The app, fetched by main.tsx once the window has painted its frame. It opens the data before anything is shown: the app runs only on a database that opened; otherwise the recovery
 * screen says why and can save a copy of the data as it is stored.
 */
export async function start(container: HTMLElement): Promise<void> {
  const platform = detectPlatform();
  // React reports an error that escapes rendering on the window too, so this sees those as well.
  logUncaughtErrors(window, platform);
  const i18n = createWindowI18n();
  // The search's pinyin dictionary is fetched while the database opens, not before the window paints.
  const [opened] = await Promise.all([
    openPlannerDatabase({ changeLog: { author: changeAuthorOf() } }),
    // Without it search still works, on the texts as written: never a reason not to start.
    loadPinyin().catch((error: unknown) => console.warn('The pinyin dictionary could not be loaded:', error)),
  ]);
  if (opened.status === 'failed') console.warn('The data could not be opened:', opened);
  createRoot(container).render(
    <StrictMode>
      <PlatformContext value={platform}>
        <LanguageProvider i18n={i18n}>
          {opened.status === 'open' ? (
            <Root repositories={opened.repositories} platform={platform} discarded={opened.discarded} />
          ) : (
            <RecoveryScreen failure={opened} platform={platform} />
          )}
        </LanguageProvider>
      </PlatformContext>
    </StrictMode>,
  );
}
