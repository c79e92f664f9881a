/** A member's role in the reader's words, for any screen that lists members. */
import { useTranslation } from 'react-i18next';
import type { MemberRole } from '../../../domain/people/person';

export function RoleName({ role }: { role: MemberRole }) {
  const { t } = useTranslation('people');
  return t(`role.${role}`);
}
