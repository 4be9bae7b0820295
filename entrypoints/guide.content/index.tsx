import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/sidebar.css?inline';
import themeCss from '@/components/theme.css?inline';
import { runPipeline } from '@/lib/pipeline';
import { saveGuide } from '@/lib/progress-store';
import type { Guide, Message, PageState } from '@/lib/types';
import { watchAds } from '@/lib/watch-ads';

/**
 * The full pipeline, injected by the background only into tabs whose first look passed (or whose
 * person asked): detect, strip ads, extract the fixes, show the sidebar, remember the guide.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Injected twice (say, by hand after the first look) the pipeline must not run twice.
    const flag = '__fixlistGuideLoaded';
    const scope = globalThis as Record<string, unknown>;
    if (scope[flag]) return;
    scope[flag] = true;

    const { verdict, guide, adsRemoved } = runPipeline(document);
    const state: PageState = {
      stage: 'checked',
      verdict,
      guide: guide && { key: guide.key, title: guide.title, fixCount: guide.fixes.length },
    };
    browser.runtime.onMessage.addListener((message: Message) =>
      message.type === 'fixlist:page-state' ? Promise.resolve(state) : undefined,
    );
    if (!verdict.isHelpPage) return;
    const stopWatching = watchAds(document.body);
    ctx.onInvalidated(stopWatching);
    if (!guide || !verdict.autoOpen) return;

    await saveGuide({
      key: guide.key,
      title: guide.title,
      url: location.href,
      site: location.hostname,
      fixes: guide.fixes.map(({ id, title }) => ({ id, title })),
      lastVisited: Date.now(),
    });
    await mountSidebar(ctx, guide, adsRemoved, true);
  },
});

async function mountSidebar(
  ctx: Parameters<typeof createShadowRootUi>[0],
  guide: Guide,
  adsRemoved: number,
  open: boolean,
) {
  const selectFix = (fixId: string) => {
    const anchor = guide.fixes.find((f) => f.id === fixId)?.anchor;
    anchor?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'fixlist-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${themeCss}\n${sidebarCss}`,
    onMount(container) {
      container.classList.add('fl-root');
      render(<Sidebar guide={guide} adsRemoved={adsRemoved} initiallyOpen={open} onSelectFix={selectFix} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
