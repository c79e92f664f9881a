export { BriefingBookView } from './BriefingBookView';
export { BookOptionsModal } from './BookOptionsModal';
export { HostProgrammeView } from './HostProgrammeView';
