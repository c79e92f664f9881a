/** The links a contact's e-mail address and phone number open. */

export const mailtoUrl = (email: string) => `mailto:${email.trim()}`;

/** Digits and a leading + only, as dialers expect, without any extension: "+86 22 6555 0301" → "tel:+862265550301". */
export function telUrl(phone: string): string {
  const number = phone.trim().split(/\s*(?:ext\.?|x)\s*/i)[0] ?? '';
  return `tel:${number.replace(/(?!^\+)\D/g, '')}`;
}
