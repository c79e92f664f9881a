/** The Checks tab, and the findings, marks and trip checks the other tabs show beside their records. */
export { ChecksTab } from './ChecksTab';
export { FindingList } from './FindingList';
export { FindingMarker } from './FindingMarker';
export { attentionSummary, TripChecksContext, useTripChecks, useTripChecksOf } from './trip-checks';
