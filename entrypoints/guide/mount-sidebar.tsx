import { render } from 'preact';
import { Sidebar } from '@/components/Sidebar';
import sidebarCss from '@/components/sidebar.css?inline';
import themeCss from '@/components/theme.css?inline';
import { textDirection, uiLanguage } from '@/lib/i18n';
import type { SaveProblem } from '@/lib/save-problem';
import type { Guide } from '@/lib/types';
import { createClosedHost } from './closed-host';
import { NARROW, PHONE, pageRoom } from './page-room';

export interface MountedSidebar {
  remove: () => void;
  /** Open it if collapsed, collapse it if open (the keyboard shortcut). */
  toggle: () => void;
}

/**
 * The sidebar in a closed room (closed-host.ts: page script can neither read nor drive it; assistive
 * tech and the tests' browser protocols still reach it), at the body's end; `open` false, or a narrow
 * screen, shows only its small tab.
 */
export function mountSidebar(
  guide: Guide,
  adsRemoved: number,
  open: boolean,
  saveProblem: SaveProblem | null = null,
): MountedSidebar {
  const selectFix = (fixId: string) => {
    const anchor = guide.fixes.find((f) => f.id === fixId)?.anchor;
    anchor?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  const direction = textDirection();
  const giveRoom = pageRoom(document, direction);
  // Between phone and wide screens there is room for neither side by side nor a sheet: start as the tab.
  const initiallyOpen = open && (window.matchMedia(PHONE).matches || !window.matchMedia(NARROW).matches);
  let toggles = 0;
  const ui = createClosedHost('fixlist-sidebar', `${themeCss}\n${sidebarCss}`, 'fl-root');
  const draw = () =>
    render(
      <Sidebar
        guide={guide}
        adsRemoved={adsRemoved}
        initiallyOpen={initiallyOpen}
        toggles={toggles}
        onOpenChange={giveRoom}
        onSelectFix={selectFix}
        saveProblem={saveProblem}
      />,
      ui.container,
    );
  // Arabic: the sidebar opens on the left and mirrors (sidebar.css uses logical sides only).
  ui.container.dir = direction;
  ui.container.lang = uiLanguage();
  draw();
  return {
    remove: () => {
      giveRoom(false);
      render(null, ui.container);
      ui.remove();
    },
    toggle: () => {
      toggles++;
      draw();
    },
  };
}
