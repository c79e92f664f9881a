/** An engagement's page and form, and the follow-up lists. */
export { EngagementFormModal } from './EngagementFormModal';
export { EngagementScreen } from './EngagementScreen';
export { FollowUpsScreen } from './FollowUpsScreen';
export { TripFollowUps } from './TripFollowUps';
