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

/** A screen fetched when it is first drawn, or earlier by `preload` (see {@link preloadWhenIdle}). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: React's own bound for a lazy component
export type LazyScreen<Component extends ComponentType<any>> = LazyExoticComponent<Component> & { preload: () => Promise<unknown> };

/** The component `name` of the module `load` fetches, fetched when it is first drawn. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any props: React's own bound for a lazy component
export function lazyScreen<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyScreen<Module[Name]> {
  let loading: Promise<Module> | null = null;
  const once = () => (loading ??= load());
  return Object.assign(
    lazy(async () => ({ default: (await once())[name] })),
    { preload: once },
  );
}

let firstScreenOnView: () => void = () => undefined;
const firstScreen = new Promise<void>((resolve) => (firstScreenOnView = resolve));

/**
 * Says that a screen has its data on view (useScreen calls it). Fetching what comes next waits for the first:
 * the window is idle while the database answers the first screen's query, and code compiled then would delay
 * the screen the person is waiting for.
 */
export function screenOnView(): void {
  firstScreenOnView();
}

/** How long fetching what comes next waits for a first screen that never says it is on view. */
const FIRST_SCREEN_LIMIT_MS = 5000;

/**
 * Fetches screens a person is likely to open next, one at a time while the window is idle, after the first
 * screen is on view: opening them then costs no fetching or compiling. A screen opened meanwhile simply shares
 * the fetch.
 */
export function preloadWhenIdle(screens: readonly { preload: () => Promise<unknown> }[]): () => void {
  let stopped = false;
  const idle = (next: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(next, { timeout: 3000 }) : setTimeout(next, 200);
  const fetchFrom = (index: number) => {
    if (stopped || index >= screens.length) return;
    idle(() => {
      if (stopped) return;
      void screens[index]!.preload().finally(() => fetchFrom(index + 1));
    });
  };
  void Promise.race([firstScreen, new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_LIMIT_MS))]).then(() => fetchFrom(0));
  return () => {
    stopped = true;
  };
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
