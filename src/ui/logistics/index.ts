/** The Logistics tab, a resource's day sheet, and the bookings shown on an engagement's page. */
export { LogisticsTab } from './LogisticsTab';
export { DaySheetView } from './DaySheetView';
export { EngagementBookings } from './EngagementBookings';
