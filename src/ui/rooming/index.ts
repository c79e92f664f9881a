/** The Rooming tab (who sleeps in which room of each hotel) and a hotel's rooming list to print. */
export { RoomingListView } from './RoomingListView';
export { RoomingTab } from './RoomingTab';
