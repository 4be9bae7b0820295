import { firstLook } from '@/lib/first-look';
import { onTitleChange } from '@/lib/notice-navigation';
import type { Message } from '@/lib/types';

/** The little of the extension API this script needs, without the polyfill: both browsers' runtimes return promises. */
interface Runtime {
  id?: string;
  sendMessage(message: Message): Promise<unknown>;
}
const runtime = (): Runtime | undefined => {
  const api = globalThis as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  return (api.browser ?? api.chrome)?.runtime;
};

/**
 * Runs on every page (declared in the manifest by wxt.config.ts), so it is a plain script: no
 * polyfill, no framework start-up, no listener for the page to forge. A glance at the title, address
 * and headings; only a page that mentions WhatsApp and backups asks the background to load the full
 * pipeline. Any other page keeps one observer of its <title>, to glance again after a single-page
 * navigation or a late render; it stops once the page has passed or the extension is gone.
 */
export default defineUnlistedScript(() => {
  /** False when the extension was reloaded or removed under this page: nothing left to ask. */
  const askForGuide = (): boolean => {
    const api = runtime();
    if (!api?.id) return false;
    api.sendMessage({ type: 'fixlist:load-guide-script' } satisfies Message).catch(() => {});
    return true;
  };
  if (firstLook(document)) {
    askForGuide();
    return;
  }
  const stop = onTitleChange(document, () => {
    if (!runtime()?.id || (firstLook(document) && askForGuide())) stop();
  });
});
