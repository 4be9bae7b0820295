import { browser } from 'wxt/browser';
import type { Message } from '@/lib/types';

/** The heavy part (Readability, extraction, the Preact sidebar) is injected only into tabs that ask. */
const GUIDE_SCRIPT = '/content-scripts/guide.js';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: Message, sender) => {
    if (message.type !== 'fixlist:load-guide-script') return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [GUIDE_SCRIPT] })
      .then(() => true)
      .catch((error: unknown) => {
        console.warn('Fixlist: could not load the checklist into this tab', error);
        return false;
      });
  });
});
