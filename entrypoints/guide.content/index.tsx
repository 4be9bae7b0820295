import { browser } from 'wxt/browser';
import { pageFlags } from '@/lib/page-flags';
import { runPipeline } from '@/lib/pipeline';
import { saveGuide } from '@/lib/progress-store';
import type { Guide, Message, PageState } from '@/lib/types';
import { watchAds } from '@/lib/watch-ads';
import { mountSidebar } from './mount-sidebar';

/**
 * The full pipeline, injected by the background only into tabs whose first look passed (or whose
 * person asked): detect, strip ads, extract the fixes, show the sidebar, remember the guide.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    // Injected twice (say, by hand after the first look), the pipeline must not run twice.
    if (pageFlags.__fixlistGuideLoaded) return;
    pageFlags.__fixlistGuideLoaded = true;

    let result = runPipeline(document);
    let sidebar = false;
    let stopWatchingAds: (() => void) | null = null;

    const pageState = (): PageState => ({
      stage: 'checked',
      verdict: result.verdict,
      guide: result.guide && { key: result.guide.key, title: result.guide.title, fixCount: result.guide.fixes.length },
      sidebar,
    });

    const showChecklist = async (guide: Guide) => {
      if (sidebar) return;
      sidebar = true;
      stopWatchingAds ??= watchAds(document.body);
      await saveGuide({
        key: guide.key,
        title: guide.title,
        url: location.href,
        site: location.hostname,
        fixes: guide.fixes.map(({ id, title }) => ({ id, title })),
        lastVisited: Date.now(),
      });
      await mountSidebar(ctx, guide, result.adsRemoved);
      void browser.runtime.sendMessage({
        type: 'fixlist:guide-shown',
        guideKey: guide.key,
        fixIds: guide.fixes.map((f) => f.id),
      } satisfies Message);
    };

    /** The person asked: strip and extract even where the verdict said no. */
    const makeChecklist = async (): Promise<PageState> => {
      if (!result.guide) result = runPipeline(document, { force: true });
      if (result.guide) await showChecklist(result.guide);
      return pageState();
    };

    browser.runtime.onMessage.addListener((message: Message) => {
      if (message.type === 'fixlist:page-state') return Promise.resolve(pageState());
      if (message.type === 'fixlist:open-sidebar') return makeChecklist();
      return undefined;
    });
    ctx.onInvalidated(() => stopWatchingAds?.());

    if (pageFlags.__fixlistManual) void makeChecklist();
    else if (result.verdict.isHelpPage) {
      stopWatchingAds = watchAds(document.body);
      if (result.guide && result.verdict.autoOpen) void showChecklist(result.guide);
    }
  },
});
