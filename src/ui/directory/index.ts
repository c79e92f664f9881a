/** The directory of organisations and contacts, and its data for the people's forms. */
export { DirectoryScreen } from './DirectoryScreen';
export { OrganisationScreen } from './OrganisationScreen';
export { OrganisationFormModal } from './OrganisationFormModal';
export { useOrganisationSummaries } from './use-directory-data';
