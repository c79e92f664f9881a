/** Every test project searches as the app does once started: with the pinyin dictionary loaded. */
import { loadPinyin } from '../../src/domain/shared/search';

await loadPinyin();
