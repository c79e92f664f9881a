/** The programme, day by day: the trip's and, filtered, a person's. */
export { DayCard, ProgrammeView } from './ProgrammeView';
