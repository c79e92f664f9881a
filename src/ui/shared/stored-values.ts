/**
 * A stored field's value as a person reads it, wherever values are shown side by side out of their form (a trip
 * file's clashes, the team's clashes): dates and times in the reader's words, yes or no, lists; and a person's
 * personal values masked as on their page, or hidden whole, until revealed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MASK, maskDateOfBirth, maskPassportNumber, SENSITIVE_PERSON_FIELDS } from '../../domain/people/sensitive';
import { isIsoDate, type ZonedTime } from '../../domain/shared/time';
import { useLocale } from './locale';

/** A person's needs that are theirs to share: hidden whole until revealed. */
const HIDDEN_PERSON_FIELDS: readonly string[] = ['dietary', 'accessibility'];

function isZonedTime(value: object): value is ZonedTime {
  return 'local' in value && 'zone' in value && 'utc' in value && typeof (value as ZonedTime).utc === 'string';
}

/** Whether a field of a table holds personal data that is masked until revealed. */
export function isPersonalField(table: string, field: string): boolean {
  return table === 'people' && ((SENSITIVE_PERSON_FIELDS as readonly string[]).includes(field) || HIDDEN_PERSON_FIELDS.includes(field));
}

/** A personal value as shown before it is revealed: masked as on the person's page, or hidden whole. */
export function maskedValue(field: string, value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  if (field === 'passportNumber') return maskPassportNumber(value);
  if (field === 'dateOfBirth') return maskDateOfBirth(value);
  return MASK.repeat(6);
}

/** A stored value in the reader's words; empty text for nothing. */
export function useStoredValueText(): (value: unknown) => string {
  const { t } = useTranslation('common');
  const locale = useLocale();
  return useMemo(() => {
    const shown = (value: unknown): string => {
      if (value === undefined || value === null || value === '') return '';
      if (typeof value === 'boolean') return value ? t('editClash.yes') : t('editClash.no');
      if (typeof value === 'number') return locale.number(value);
      if (typeof value === 'string') return isIsoDate(value) ? locale.dateWithYear(value) : value;
      if (Array.isArray(value)) return locale.list(value.map(shown).filter((item) => item !== ''));
      if (isZonedTime(value)) return locale.instant(value.utc, value.zone);
      if (typeof value === 'object') return Object.values(value).map(shown).filter((item) => item !== '').join(' · ');
      return String(value);
    };
    return shown;
  }, [t, locale]);
}
