/**
 * Screens fetched when they are first shown, so that the window paints before their code (and the libraries
 * only they need) is read. A feature's index exports its screens through `lazyScreen`; the app frame and the
 * trip page each wrap their outlet in <ScreenSuspense>. Moving between screens is a transition in the router,
 * so the screen before stays on view while the next one's code arrives; the quiet loader shows only where
 * there was nothing before (a window opened on a deep link).
 */
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The component `name` of the module `load` fetches, fetched when it is first drawn. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: React's own bound for a lazy component
export function lazyScreen<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyExoticComponent<Module[Name]> {
  return lazy(async () => ({ default: (await load())[name] }));
}

function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-label={t('screen.loading')}>
      <Loader size="sm" />
    </Center>
  );
}

export function ScreenSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>;
}
