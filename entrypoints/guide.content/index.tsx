import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type AdEngine, builtInAdEngine, createAdEngine } from '@/lib/ads/ad-engine';
import { checkFilters } from '@/lib/ads/check-filters';
import { hidingCss } from '@/lib/ads/hiding-css';
import { watchAds } from '@/lib/ads/watch-ads';
import { pageFlags } from '@/lib/page-flags';
import { type PipelineResult, runPipeline } from '@/lib/pipeline';
import { saveGuide } from '@/lib/progress-store';
import { loadSettings, opensByItself, type Settings } from '@/lib/settings';
import type { Guide, Message, PageState } from '@/lib/types';
import { watchLateContent, watchNavigation } from '@/lib/watch-page';
import { type MountedSidebar, mountSidebar } from './mount-sidebar';

/**
 * The full pipeline, injected by the background only into tabs whose first look passed (or whose
 * person asked): detect, strip ads, extract the fixes, show the sidebar, remember the guide. Late
 * content and single-page navigations start it over.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'manual',
  main(ctx) {
    // Injected twice (say, by hand after the first look), the pipeline must not run twice.
    if (pageFlags.__fixlistGuideLoaded) return;
    pageFlags.__fixlistGuideLoaded = true;
    // "My filters" join the built-in lists, so the settings come first.
    const started = loadSettings().then((settings) => start(ctx, settings));
    // Listening from the first moment: the popup may ask while the settings still load.
    browser.runtime.onMessage.addListener((message: Message) =>
      ANSWERED.has(message.type) ? started.then((answer) => answer(message)) : undefined,
    );
  },
});

const ANSWERED = new Set<Message['type']>(['fixlist:page-state', 'fixlist:open-sidebar', 'fixlist:toggle-sidebar']);

/** The person's filters that parse, added to the built-in lists (lines that do not parse are skipped). */
function adEngineFor(settings: Settings): AdEngine {
  const mine = checkFilters(settings.myFilters).accepted;
  return mine.length > 0 ? createAdEngine(mine.join('\n')) : builtInAdEngine();
}

function start(ctx: ContentScriptContext, settings: Settings): (message: Message) => Promise<PageState> {
  const ads = adEngineFor(settings);
  let result: PipelineResult = runPipeline(document, { ads });
  let sidebar: MountedSidebar | 'mounting' | null = null;
  let stopAds = () => {};
  let hiddenCss = '';
  let stopLate = () => {};
  // Bumped by each navigation, so a sidebar that finishes mounting after one knows it is stale.
  let generation = 0;

  const pageState = (): PageState => ({
    stage: 'checked',
    verdict: result.verdict,
    guide: result.guide && { key: result.guide.key, title: result.guide.title, fixCount: result.guide.fixes.length },
    sidebar: sidebar !== null,
    site: location.hostname,
  });
  /** Ads stripped: watch for late ones, and have the background hide them with a user stylesheet. */
  const keepAdsAway = () => {
    stopAds();
    stopAds = watchAds(document.body, ads);
    if (hiddenCss) return;
    hiddenCss = hidingCss(ads, document, result.keptSelectors);
    if (hiddenCss) void browser.runtime.sendMessage({ type: 'fixlist:hide-ads', css: hiddenCss } satisfies Message);
  };
  const letAdsBe = () => {
    stopAds();
    if (hiddenCss) void browser.runtime.sendMessage({ type: 'fixlist:unhide-ads', css: hiddenCss } satisfies Message);
    hiddenCss = '';
  };
  const tellBackground = (guide: Guide | null) =>
    void browser.runtime.sendMessage({
      type: 'fixlist:guide-shown',
      guideKey: guide?.key ?? null,
      fixIds: guide?.fixes.map((f) => f.id) ?? [],
    } satisfies Message);

  /** `asked`: the person asked for it, so it opens whatever the settings say. */
  const showChecklist = async (guide: Guide, asked: boolean) => {
    if (sidebar) return;
    sidebar = 'mounting';
    const mine = generation;
    keepAdsAway();
    await saveGuide({
      key: guide.key,
      title: guide.title,
      url: location.href,
      site: location.hostname,
      fixes: guide.fixes.map(({ id, title }) => ({ id, title })),
      lastVisited: Date.now(),
    });
    const open = asked || opensByItself(await loadSettings(), location.hostname);
    const ui = await mountSidebar(ctx, guide, result.adsRemoved, open);
    if (mine !== generation) return ui.remove();
    sidebar = ui;
    tellBackground(guide);
  };

  /** Run the pipeline on the page as it is now. True once it has found a help page. */
  const inspect = (): boolean => {
    result = runPipeline(document, { ads });
    if (!result.verdict.isHelpPage) return false;
    keepAdsAway();
    if (result.guide && result.verdict.autoOpen) void showChecklist(result.guide, false);
    return true;
  };

  /** The person asked: strip and extract even where the verdict said no. */
  const makeChecklist = async (): Promise<PageState> => {
    if (!result.guide) result = runPipeline(document, { force: true, ads });
    if (result.guide) await showChecklist(result.guide, true);
    return pageState();
  };

  /** A single-page navigation: the old article's checklist goes, the new page gets a fresh look. */
  const startOver = () => {
    generation++;
    stopLate();
    letAdsBe();
    if (sidebar && sidebar !== 'mounting') sidebar.remove();
    sidebar = null;
    tellBackground(null);
    stopLate = watchLateContent(document, inspect, { checkSoon: true });
  };

  const answer = (message: Message): Promise<PageState> => {
    if (message.type === 'fixlist:open-sidebar') return makeChecklist();
    if (message.type === 'fixlist:toggle-sidebar') {
      if (sidebar && sidebar !== 'mounting') sidebar.toggle();
      else return makeChecklist();
    }
    return Promise.resolve(pageState());
  };

  if (pageFlags.__fixlistManual) void makeChecklist();
  else if (result.verdict.isHelpPage) {
    keepAdsAway();
    if (result.guide && result.verdict.autoOpen) void showChecklist(result.guide, false);
  } else stopLate = watchLateContent(document, inspect);
  const stopNavigation = watchNavigation(window, startOver);
  ctx.onInvalidated(() => {
    stopNavigation();
    stopLate();
    stopAds();
  });
  return answer;
}
