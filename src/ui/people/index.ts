/** The roster, the roll-ups and a person’s own programme; the toggle that reveals a masked personal detail. */
export { PersonProgramme } from './PersonProgramme';
export { RollupsTab } from './RollupsTab';
export { RosterTab } from './RosterTab';
export { RevealButton } from './sensitive';
