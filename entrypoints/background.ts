import { browser } from 'wxt/browser';
import type { Message } from '@/lib/types';

/** The heavy part (Readability, extraction, the Preact sidebar) is injected only into tabs that ask. */
const GUIDE_SCRIPT = '/content-scripts/guide.js';

async function injectGuideScript(tabId: number, frameId: number, manual: boolean): Promise<boolean> {
  try {
    if (manual) {
      // Read by the guide script as it starts: make a checklist whatever the verdict.
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        func: () => {
          (globalThis as { __fixlistManual?: boolean }).__fixlistManual = true;
        },
      });
    }
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [GUIDE_SCRIPT] });
    return true;
  } catch (error) {
    console.warn('Fixlist: could not load the checklist into this tab', error);
    return false;
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: Message, sender) => {
    if (message.type === 'fixlist:load-guide-script' && sender.tab?.id !== undefined) {
      return injectGuideScript(sender.tab.id, sender.frameId ?? 0, false);
    }
    if (message.type === 'fixlist:make-checklist') return injectGuideScript(message.tabId, 0, true);
    return undefined;
  });
});
