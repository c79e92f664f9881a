/** The Calendars tab, and the calendar export and delivery status a person's programme and the roster use. */
export { CalendarsTab } from './CalendarsTab';
export { useCalendarExport } from './use-calendar-export';
export { DeliveryStatus, useCalendarDelivery } from './calendar-delivery';
