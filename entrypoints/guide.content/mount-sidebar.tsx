import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/sidebar.css?inline';
import themeCss from '@/components/theme.css?inline';
import type { Guide } from '@/lib/types';

/**
 * The sidebar in its own shadow root (open, so tests and assistive tech can reach it), at the body's end;
 * `open` false shows only its small tab.
 */
export async function mountSidebar(
  ctx: ContentScriptContext,
  guide: Guide,
  adsRemoved: number,
  open: boolean,
): Promise<{ remove: () => void }> {
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
  return ui;
}
