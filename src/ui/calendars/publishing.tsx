/**
 * Publishing calendars to the agency's CalDAV server, for every screen: the connected account (never its
 * password), whether this computer is online, and the one publish that runs at a time, with its progress.
 * A publish asked for while another runs waits for it: two never send to the server at once, so no calendar's
 * record is written by two publishes.
 *
 * Automatic publishing (automatic-publishing.ts) runs here too, so that it works whichever screen is open.
 */
import { notifications } from '@mantine/notifications';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CalDavConnectRequest, CalDavConnectResult, KeptCalDavAccount, Platform } from '../../platform/platform';
import type { TripBundle } from '../../domain/trip/trip-bundle';
import type { PublishOptions, PublishReport } from '../../usecases/calendar-publishing';
import { usePlatform, useRepositories } from '../shared/context';
import { useLocale } from '../shared/locale';
import { useAutomaticPublishing } from './automatic-publishing';
import { reportWorthSaying, summariseReport } from './publish-report';
import { useOnline } from './use-online';

/** The publish running now. */
export interface PublishRun {
  tripId: string;
  tripName: string;
  /** Calendars done, of `total`; `name` is the one being published. */
  done: number;
  total: number;
  name: string;
  automatic: boolean;
}

export interface CalendarPublishing {
  /** The connected account; null when none is, undefined while it is read. */
  account: KeptCalDavAccount | null | undefined;
  online: boolean;
  running: PublishRun | null;
  /** Tests the account and, if it answers, keeps it. */
  connect(request: CalDavConnectRequest): Promise<CalDavConnectResult>;
  disconnect(): Promise<void>;
  /** Publishes the trip's calendars (or those of `options.scopes`) once any publish running has ended. */
  publish(bundle: TripBundle, options?: Pick<PublishOptions, 'scopes' | 'overwrite'>): Promise<PublishReport>;
}

const PublishingContext = createContext<CalendarPublishing | null>(null);

/** The connected account; none when the platform cannot say (the shell did not answer): publishing waits. */
async function keptAccount(platform: Pick<Platform, 'calendarServer'>): Promise<KeptCalDavAccount | null> {
  try {
    return await platform.calendarServer.account();
  } catch {
    return null;
  }
}

export function CalendarPublishingProvider({ children }: { children: ReactNode }) {
  const repositories = useRepositories();
  const platform = usePlatform();
  const locale = useLocale();
  const online = useOnline();
  const [account, setAccount] = useState<KeptCalDavAccount | null | undefined>(undefined);
  const [running, setRunning] = useState<PublishRun | null>(null);
  // The events are written in the language the screen shows when the publish starts.
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);
  // Publishes, one after another.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const refreshAccount = useCallback(async () => {
    setAccount(await keptAccount(platform));
  }, [platform]);

  useEffect(() => {
    let current = true;
    void keptAccount(platform).then((kept) => {
      if (current) setAccount(kept);
    });
    return () => {
      current = false;
    };
  }, [platform]);

  const connect = useCallback(
    async (request: CalDavConnectRequest) => {
      const result = await platform.calendarServer.connect(request);
      if (result.status === 'connected') setAccount(result.account);
      return result;
    },
    [platform],
  );

  const disconnect = useCallback(async () => {
    await platform.calendarServer.disconnect();
    setAccount(null);
  }, [platform]);

  const publishNow = useCallback(
    async (bundle: TripBundle, options: Pick<PublishOptions, 'scopes' | 'overwrite'>, automatic: boolean) => {
      // Publishing (the calendar writer, the CalDAV client) is fetched when first used, not when the app starts.
      const { publishTrip, tripScopes } = await import('../../usecases/calendar-publishing');
      const total = (options.scopes ?? tripScopes(bundle)).length;
      const run = { tripId: bundle.trip.id, tripName: bundle.trip.name, automatic, total };
      setRunning({ ...run, done: 0, name: '' });
      try {
        const report = await publishTrip(
          { repositories, platform, locale: localeRef.current, now: new Date().toISOString() },
          bundle,
          { ...options, onProgress: ({ done, name }) => setRunning(done < total ? { ...run, done, name } : null) },
        );
        // The password may be gone (a browser session ended): say so where the account is shown.
        if (report.stopped?.problem === 'no-account' || report.stopped?.problem === 'credentials') await refreshAccount();
        return report;
      } finally {
        setRunning(null);
      }
    },
    [repositories, platform, refreshAccount],
  );

  const enqueue = useCallback(<T,>(job: () => Promise<T>): Promise<T> => {
    const result = queue.current.then(job, job);
    queue.current = result.catch(() => undefined);
    return result;
  }, []);

  const publish = useCallback(
    (bundle: TripBundle, options: Pick<PublishOptions, 'scopes' | 'overwrite'> = {}) => enqueue(() => publishNow(bundle, options, false)),
    [enqueue, publishNow],
  );

  /** An automatic publish: the trip read afresh when its turn comes, and a quiet word of what came of it. */
  const publishAutomatically = useCallback(
    (tripId: string) =>
      enqueue(async () => {
        const bundle = await repositories.trips.getBundle(tripId);
        if (!bundle) return;
        const { t } = localeRef.current;
        try {
          const report = await publishNow(bundle, {}, true);
          if (!reportWorthSaying(report)) return;
          const summary = summariseReport(report, localeRef.current);
          notifications.show({
            color: summary.complete ? 'gray' : 'orange',
            title: summary.complete
              ? t('report.automatic', { ns: 'calendars', trip: bundle.trip.name })
              : t('report.automaticOutcome', { ns: 'calendars', trip: bundle.trip.name, title: summary.title }),
            message: summary.message,
            autoClose: summary.complete ? 4_000 : 8_000,
          });
        } catch (error) {
          notifications.show({
            color: 'orange',
            title: t('report.automaticFailed', { ns: 'calendars', trip: bundle.trip.name }),
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }),
    [enqueue, publishNow, repositories],
  );

  useAutomaticPublishing({ account, online, publishAutomatically });

  const value = useMemo<CalendarPublishing>(
    () => ({ account, online, running, connect, disconnect, publish }),
    [account, online, running, connect, disconnect, publish],
  );
  return <PublishingContext value={value}>{children}</PublishingContext>;
}

export function useCalendarPublishing(): CalendarPublishing {
  const publishing = use(PublishingContext);
  if (!publishing) throw new Error('useCalendarPublishing needs a CalendarPublishingProvider.');
  return publishing;
}
