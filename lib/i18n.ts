import { browser } from 'wxt/browser';
import messages from '../public/_locales/en/messages.json';

/** A plain message's name, or a plural family's stem (`adsRemoved` for `adsRemoved_one`, `_other`…). */
export type MessageKey = keyof typeof messages;
type PluralStem<K> = K extends `${infer Stem}_other` ? Stem : never;
export type PluralKey = PluralStem<MessageKey>;

const english = messages as Record<string, { message: string }>;
/** The API's own type knows only the English keys; plural forms (`_few`, `_many`…) exist in other locales. */
type GetMessage = (key: string, substitutions?: string[]) => string;

function lookUp(key: string, subs: string[]): string {
  try {
    const translated = (browser.i18n.getMessage as GetMessage)(key, subs);
    if (translated) return translated;
  } catch {
    // No i18n API here: fall through to English.
  }
  const message = english[key]?.message;
  return message === undefined ? '' : message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/**
 * A user-visible string in the browser's language (public/_locales). English is bundled as the
 * fallback: where the browser has no i18n (unit tests) or no translation, the string still reads right.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return lookUp(key, substitutions.map(String));
}

/**
 * The language of the words on screen: the translation the browser picked (its own `localeCode`), so
 * plurals, dates and direction agree with the text even where the browser's language has no translation.
 */
export function uiLanguage(): string {
  return t('localeCode') || 'en';
}

/**
 * A counted message: `count` picks the language's plural form (`stem_one`, `stem_few`, `stem_other`…, by
 * Intl.PluralRules), and is $1. A form the translation lacks falls back to `stem_other`.
 */
export function tn(stem: PluralKey, count: number, ...rest: (string | number)[]): string {
  const subs = [count, ...rest].map(String);
  let category: string = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    // An unknown language tag: 'other' reads right in most languages.
  }
  return lookUp(`${stem}_${category}`, subs) || lookUp(`${stem}_other`, subs);
}

/** Languages written right to left (of those a translation may come in). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** 'rtl' for Arabic (and any other right-to-left interface language), else 'ltr'. */
export function textDirection(): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(uiLanguage().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** An extension page (popup, settings, welcome) in the interface language and its direction. */
export function localizePage(doc: Document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = textDirection();
}
