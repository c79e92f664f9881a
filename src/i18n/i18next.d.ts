/** `t` knows every key of the English catalogues: a key that is not there fails type-checking. */
import 'i18next';
import type { english } from './catalogues';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof english;
  }
}
