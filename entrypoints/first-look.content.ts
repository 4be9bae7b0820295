import { browser } from 'wxt/browser';
import { firstLook } from '@/lib/first-look';
import { guideLoaded } from '@/lib/isolated-flags';
import { wireReply, wireRequest } from '@/lib/message-wire';
import type { PageState } from '@/lib/types';
import { watchLateContent, watchNavigation } from '@/lib/watch-page';

/**
 * Runs on every page, so it stays tiny: a glance at the title, address and headings. Only a page that
 * mentions WhatsApp and backups asks the background to load the full pipeline into this tab. A page
 * that fails the glance is glanced at again when late content settles or the address changes.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let handedOver = false;
    browser.runtime.onMessage.addListener((message: { type?: unknown }) => {
      // Once the guide script is (being) loaded, it answers.
      if (handedOver || guideLoaded()) return undefined;
      if (message?.type === 'fixlist:page-state') return Promise.resolve(wireReply<PageState>({ stage: 'skipped' }));
      return undefined;
    });

    let stopLate = () => {};
    let stopNavigation = () => {};
    const look = (): boolean => {
      if (handedOver || !firstLook(document)) return handedOver;
      handedOver = true;
      stopNavigation(); // the guide script watches navigation from here on
      void browser.runtime.sendMessage(wireRequest('fixlist:load-guide-script'));
      return true;
    };
    if (look()) return;
    stopLate = watchLateContent(document, look);
    stopNavigation = watchNavigation(window, () => {
      stopLate();
      if (!look()) stopLate = watchLateContent(document, look);
    });
    ctx.onInvalidated(() => {
      stopLate();
      stopNavigation();
    });
  },
});
