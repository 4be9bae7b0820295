import { type AdEngine, builtInAdEngine, createAdEngine } from '@/lib/ads/ad-engine';
import { checkFilters } from '@/lib/ads/check-filters';
import { hidingCss } from '@/lib/ads/hiding-css';
import { watchAds } from '@/lib/ads/watch-ads';
import { guideLoaded, markGuideLoaded } from '@/lib/isolated-flags';
import { onMessage, sendMessage } from '@/lib/messages';
import { type PipelineResult, runPipeline } from '@/lib/pipeline';
import { saveGuide } from '@/lib/progress-store';
import { type SaveProblem, saveProblemOf } from '@/lib/save-problem';
import { loadSettings, opensByItself, type Settings } from '@/lib/settings';
import type { Guide, PageState } from '@/lib/types';
import { watchLateContent, watchNavigation } from '@/lib/watch-page';
import { type MountedSidebar, mountSidebar } from './mount-sidebar';

/**
 * The full pipeline, injected by the background only into tabs whose first look passed (or whose
 * person asked): detect, strip ads, extract the fixes, show the sidebar, remember the guide. Late
 * content and single-page navigations start it over.
 *
 * An unlisted script run in the isolated world, not a WXT content script: WXT's ContentScriptContext
 * announces itself to the page and is invalidated by an event any page can forge. "Already loaded"
 * lives under a Symbol in the isolated world; "the person asked" comes from the background as a message.
 */
export default defineUnlistedScript({
  main() {
    // Injected twice (say, by hand after the first look), the pipeline must not run twice.
    if (guideLoaded()) return;
    markGuideLoaded();
    // "My filters" join the built-in lists, so the settings come first (a failed read: the built-in lists).
    const started = loadSettings()
      .catch(() => null)
      .then((settings) => start(settings));
    // Listening from the first moment: only Fixlist's own pages and background can message this script,
    // and the popup may ask while the settings still load.
    onMessage('fixlist:page-state', () => started.then((guide) => guide.pageState()));
    onMessage('fixlist:open-sidebar', () => started.then((guide) => guide.makeChecklist()));
    onMessage('fixlist:toggle-sidebar', () => started.then((guide) => guide.toggle()));
  },
});

/** The person's filters that parse, added to the built-in lists (lines that do not parse are skipped). */
function adEngineFor(settings: Settings | null): AdEngine {
  const mine = settings ? checkFilters(settings.myFilters).accepted : [];
  return mine.length > 0 ? createAdEngine(mine.join('\n')) : builtInAdEngine();
}

function start(settings: Settings | null) {
  const ads = adEngineFor(settings);
  let result: PipelineResult = runPipeline(document, { ads });
  let sidebar: MountedSidebar | 'mounting' | null = null;
  let stopAds = () => {};
  let hiddenCss = '';
  let stopLate = () => {};
  // Bumped by each navigation, so a sidebar that finishes mounting after one knows it is stale.
  let generation = 0;
  /** The guide the sidebar shows, under the key it is stored by (an edited article keeps its old one). */
  let shownGuide: Guide | null = null;
  const guideShown = () => (sidebar && sidebar !== 'mounting' && shownGuide) || result.guide;

  const pageState = (): PageState => {
    const guide = guideShown();
    return {
      stage: 'checked',
      verdict: result.verdict,
      guide: guide && { key: guide.key, title: guide.title, fixCount: guide.fixes.length },
      sidebar: sidebar !== null,
      site: location.hostname,
    };
  };
  // The extension was updated meanwhile: the sidebar says so on the next tick.
  const quietly = () => {};
  /** Ads stripped: watch for late ones, and have the background hide them with a user stylesheet. */
  const keepAdsAway = () => {
    stopAds();
    stopAds = watchAds(document.body, ads);
    if (hiddenCss) return;
    hiddenCss = hidingCss(ads, document, result.keptSelectors);
    if (hiddenCss) void sendMessage('fixlist:hide-ads', { css: hiddenCss }).catch(quietly);
  };
  const letAdsBe = () => {
    stopAds();
    if (hiddenCss) void sendMessage('fixlist:unhide-ads', { css: hiddenCss }).catch(quietly);
    hiddenCss = '';
  };
  const tellBackground = (guide: Guide | null) =>
    void sendMessage('fixlist:guide-shown', {
      guideKey: guide?.key ?? null,
      fixIds: guide?.fixes.map((f) => f.id) ?? [],
    }).catch(quietly);

  /** `asked`: the person asked for it, so it opens whatever the settings say. */
  const showChecklist = async (guide: Guide, asked: boolean) => {
    if (sidebar) return;
    sidebar = 'mounting';
    const mine = generation;
    keepAdsAway();
    // An edited article keeps the key (and the ticks) it had; a failed save still shows the checklist.
    let shown = guide;
    let problem: SaveProblem | null = null;
    try {
      const key = await saveGuide({
        key: guide.key,
        title: guide.title,
        url: location.href,
        site: location.hostname,
        fixes: guide.fixes.map(({ id, title }) => ({ id, title })),
        lastVisited: Date.now(),
      });
      if (key !== guide.key) shown = { ...guide, key };
    } catch (error) {
      problem = saveProblemOf(error);
    }
    const latest = await loadSettings().catch(() => null);
    const open = asked || !latest || opensByItself(latest, location.hostname);
    const ui = mountSidebar(shown, result.adsRemoved, open, problem);
    if (mine !== generation) return ui.remove();
    sidebar = ui;
    shownGuide = shown;
    tellBackground(shown);
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

  /** The keyboard shortcut: collapse or reopen the checklist, or make one where there is none yet. */
  const toggle = (): Promise<PageState> => {
    if (!sidebar || sidebar === 'mounting') return makeChecklist();
    sidebar.toggle();
    return Promise.resolve(pageState());
  };

  /** A single-page navigation: the old article's checklist goes, the new page gets a fresh look. */
  const startOver = () => {
    generation++;
    stopLate();
    letAdsBe();
    if (sidebar && sidebar !== 'mounting') sidebar.remove();
    sidebar = null;
    shownGuide = null;
    tellBackground(null);
    stopLate = watchLateContent(document, inspect, { checkSoon: true });
  };

  if (result.verdict.isHelpPage) {
    keepAdsAway();
    if (result.guide && result.verdict.autoOpen) void showChecklist(result.guide, false);
  } else stopLate = watchLateContent(document, inspect);
  watchNavigation(window, startOver);
  return { pageState, makeChecklist, toggle };
}
