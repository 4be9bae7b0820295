/**
 * The bench runs the extension's code in a plain page, where no extension API exists: `wxt/browser`
 * resolves here instead, to WXT's in-memory browser (the one the unit tests use). Its i18n throws "not
 * implemented"; the browser's answers from the bundled English messages instead, as cheaply as the real
 * API answers, so the sidebar's render is not timed through an exception per string.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import messages from '../public/_locales/en/messages.json';

const english = messages as Record<string, { message: string }>;
fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) =>
  (english[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs?.[Number(n) - 1] ?? '')) as never;

export const browser = fakeBrowser;
export default fakeBrowser;
