import { browser } from 'wxt/browser';
import { firstLook } from '@/lib/first-look';
import type { Message, PageState } from '@/lib/types';

/**
 * Runs on every page, so it stays tiny: a glance at the title, address and headings. Only a page that
 * mentions WhatsApp and backups asks the background to load the full pipeline into this tab.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    let handedOver = false;
    const loadGuideScript = () => {
      handedOver = true;
      void browser.runtime.sendMessage({ type: 'fixlist:load-guide-script' } satisfies Message);
    };
    browser.runtime.onMessage.addListener((message: Message) => {
      if (handedOver) return undefined; // the guide script answers from now on
      if (message.type === 'fixlist:page-state') return Promise.resolve<PageState>({ stage: 'skipped' });
      return undefined;
    });
    if (firstLook(document)) loadGuideScript();
  },
});
