/**
 * Validation messages in French (default) and English, keyed by class-validator constraint name.
 * `{0}`… are the constraint's arguments.
 */
const fr: Record<string, string> = {
  isNotEmpty: 'Ce champ est obligatoire',
  isDefined: 'Ce champ est obligatoire',
  isString: 'Doit être un texte',
  isInt: 'Doit être un nombre entier',
  isNumber: 'Doit être un nombre',
  isBoolean: 'Doit être vrai ou faux',
  isEmail: 'Adresse e-mail invalide',
  isUrl: 'Adresse web invalide (https://…)',
  isUuid: 'Identifiant invalide',
  isIn: 'Valeur non autorisée (valeurs possibles : {0})',
  isEnum: 'Valeur non autorisée (valeurs possibles : {0})',
  isArray: 'Doit être une liste',
  arrayNotEmpty: 'La liste ne peut pas être vide',
  arrayMinSize: 'Au moins {0} élément(s)',
  arrayMaxSize: 'Au plus {0} élément(s)',
  maxLength: '{0} caractères au plus',
  minLength: '{0} caractères au moins',
  min: 'Doit être au moins {0}',
  max: 'Doit être au plus {0}',
  isDateOnly: 'Date invalide (format AAAA-MM-JJ)',
  isIso8601: 'Date et heure invalides (format ISO 8601)',
  whitelistValidation: 'Champ inconnu',
  nestedValidation: 'Valeur invalide',
  isObject: 'Doit être un objet',
  isCents: 'Montant invalide : un nombre entier de centimes, de {0} € à {1} €',
  isQuantity: 'Quantité invalide : plus de 0 et au plus {0}',
  isDateInWindow: 'Date trop éloignée : au plus {0} ans avant et {1} an après aujourd’hui',
  matches: 'Format invalide',
  arrayUnique: 'La liste contient des doublons',
  strongPassword: 'Mot de passe trop faible : 12 caractères au moins, et pas un mot de passe courant',
  unknown: 'Valeur invalide',
};

const en: Record<string, string> = {
  isNotEmpty: 'This field is required',
  isDefined: 'This field is required',
  isString: 'Must be text',
  isInt: 'Must be a whole number',
  isNumber: 'Must be a number',
  isBoolean: 'Must be true or false',
  isEmail: 'Invalid email address',
  isUrl: 'Invalid web address (https://…)',
  isUuid: 'Invalid identifier',
  isIn: 'Value not allowed (allowed: {0})',
  isEnum: 'Value not allowed (allowed: {0})',
  isArray: 'Must be a list',
  arrayNotEmpty: 'The list cannot be empty',
  arrayMinSize: 'At least {0} item(s)',
  arrayMaxSize: 'At most {0} item(s)',
  maxLength: 'At most {0} characters',
  minLength: 'At least {0} characters',
  min: 'Must be at least {0}',
  max: 'Must be at most {0}',
  isDateOnly: 'Invalid date (format YYYY-MM-DD)',
  isIso8601: 'Invalid date and time (ISO 8601)',
  whitelistValidation: 'Unknown field',
  nestedValidation: 'Invalid value',
  isObject: 'Must be an object',
  isCents: 'Invalid amount: a whole number of cents, from €{0} to €{1}',
  isQuantity: 'Invalid quantity: more than 0 and at most {0}',
  isDateInWindow: 'Date too far off: at most {0} years before and {1} year after today',
  matches: 'Invalid format',
  arrayUnique: 'The list has duplicates',
  strongPassword: 'Password too weak: at least 12 characters, and not a common password',
  unknown: 'Invalid value',
};

export type Locale = 'fr' | 'en';

export function pickLocale(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'fr';
}

export function constraintMessage(locale: Locale, constraint: string, args: unknown[] = []): string {
  const table = locale === 'en' ? en : fr;
  const template = table[constraint] ?? table.unknown;
  return template.replace(/\{(\d)\}/g, (_, i: string) => {
    const v = args[Number(i)];
    if (Array.isArray(v)) return v.join(', ');
    if (typeof v === 'object' && v) return Object.values(v).join(', ');
    return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
      ? String(v)
      : '';
  });
}
