/** The route editor (cities, journeys, hotels, the map), and the city picker the trip form uses. */
export { CityPicker } from './CityPicker';
export { RouteEditor } from './RouteEditor';
export { RouteMap } from './RouteMap';
