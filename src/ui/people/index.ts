/** The roster, the roll-ups and a person’s own programme. */
export { PersonProgramme } from './PersonProgramme';
export { RollupsTab } from './RollupsTab';
export { RosterTab } from './RosterTab';
