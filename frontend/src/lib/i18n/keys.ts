import type { Locale } from './config';

/**
 * Filled in by the composition root (src/i18n/dictionaries.ts) with the assembled French dictionary, so that lib code
 * types `t('…')` keys strictly without importing any feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs an interface
export interface Register {}

type Registered = Register extends { messages: infer M } ? M : Record<string, string>;

export type MessageKey = Extract<keyof Registered, string>;
export type Messages = Record<MessageKey, string>;
export type Dictionaries = Record<Locale, Messages>;
