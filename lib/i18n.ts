import { browser } from 'wxt/browser';
import messages from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/**
 * A user-visible string in the browser's language (public/_locales). English is bundled as the
 * fallback: where the browser has no i18n (unit tests) or no translation, the string still reads right.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  try {
    const translated = browser.i18n.getMessage(key, subs);
    if (translated) return translated;
  } catch {
    // No i18n API here: fall through to English.
  }
  return messages[key].message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}
