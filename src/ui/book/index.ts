export { BriefingBookView } from './BriefingBookView';
export { BookOptionsModal } from './BookOptionsModal';
export { HostProgrammeView } from './HostProgrammeView';
export { DocumentToolbar } from './DocumentToolbar';
export { pageStyle } from './page-style';
