/**
 * The Calendars tab; the calendar export and delivery status a person's programme and the roster use; and
 * publishing to the calendar server (the account, for Settings; the provider that runs publishes, for the app).
 */
import { lazyScreen } from '../shared/lazy-screen';
export const CalendarsTab = lazyScreen(() => import('./CalendarsTab'), 'CalendarsTab');
export { useCalendarExport } from './use-calendar-export';
export { DeliveryStatus, useCalendarDelivery } from './calendar-delivery';
export { CalendarPublishingProvider, useCalendarPublishing } from './publishing';
