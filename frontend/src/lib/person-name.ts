import type { Translate } from './i18n/provider';

/** How the API stores an erased person's name (docs/privacy.md): French, the data's language. */
const ERASED = /^personne effacée n° (\d+)$/;

/** A person's full name as the reader's language says it: an erased person's pseudonym is translated. */
export function personName(t: Translate, firstName: string, lastName: string): string {
  return displayName(t, `${firstName} ${lastName}`);
}

export function displayName(t: Translate, name: string): string {
  const erased = ERASED.exec(name);
  return erased ? t('common.erasedPerson', { n: erased[1] }) : name;
}
