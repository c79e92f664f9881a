/** The programme, day by day: the trip's and, filtered, a person's. */
export { ProgrammeView } from './ProgrammeView';
export { ProgrammeList } from './ProgrammeList';
export { usePrinting } from './use-printing';
export { personalInputOf } from './programme-rows';
