import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/sidebar.css?inline';
import themeCss from '@/components/theme.css?inline';
import { textDirection, uiLanguage } from '@/lib/i18n';
import type { Guide } from '@/lib/types';
import { NARROW, PHONE, pageRoom } from './page-room';

export interface MountedSidebar {
  remove: () => void;
  /** Open it if collapsed, collapse it if open (the keyboard shortcut). */
  toggle: () => void;
}

/**
 * The sidebar in its own closed shadow root (page script can neither read nor drive it; assistive tech
 * and the tests' browser protocols still reach it), at the body's end;
 * `open` false, or a narrow screen, shows only its small tab.
 */
export async function mountSidebar(
  ctx: ContentScriptContext,
  guide: Guide,
  adsRemoved: number,
  open: boolean,
): Promise<MountedSidebar> {
  const selectFix = (fixId: string) => {
    const anchor = guide.fixes.find((f) => f.id === fixId)?.anchor;
    anchor?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const direction = textDirection();
  const giveRoom = pageRoom(document, direction);
  // Between phone and wide screens there is room for neither side by side nor a sheet: start as the tab.
  const initiallyOpen = open && (window.matchMedia(PHONE).matches || !window.matchMedia(NARROW).matches);
  let toggles = 0;
  let container: HTMLElement | null = null;
  const draw = () => {
    if (!container) return;
    render(
      <Sidebar
        guide={guide}
        adsRemoved={adsRemoved}
        initiallyOpen={initiallyOpen}
        toggles={toggles}
        onOpenChange={giveRoom}
        onSelectFix={selectFix}
      />,
      container,
    );
  };
  const ui = await createShadowRootUi(ctx, {
    name: 'fixlist-sidebar',
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${themeCss}\n${sidebarCss}`,
    onMount(uiContainer) {
      uiContainer.classList.add('fl-root');
      // Arabic: the sidebar opens on the left and mirrors (sidebar.css uses logical sides only).
      uiContainer.dir = direction;
      uiContainer.lang = uiLanguage();
      container = uiContainer;
      draw();
      return uiContainer;
    },
    onRemove(uiContainer) {
      giveRoom(false);
      if (uiContainer) render(null, uiContainer);
    },
  });
  ui.mount();
  return {
    remove: () => ui.remove(),
    toggle: () => {
      toggles++;
      draw();
    },
  };
}
