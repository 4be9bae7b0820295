import { browser } from 'wxt/browser';
import { firstLook } from '@/lib/first-look';
import { pageFlags } from '@/lib/page-flags';
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
    browser.runtime.onMessage.addListener((message: Message) => {
      // Once the guide script is (being) loaded, it answers.
      if (handedOver || pageFlags.__fixlistGuideLoaded) return undefined;
      if (message.type === 'fixlist:page-state') return Promise.resolve<PageState>({ stage: 'skipped' });
      return undefined;
    });
    if (firstLook(document)) {
      handedOver = true;
      void browser.runtime.sendMessage({ type: 'fixlist:load-guide-script' } satisfies Message);
    }
  },
});
