/**
 * A host element no page can read, drive or bury: a closed shadow root (page script gets
 * `shadowRoot === null`), events the person did not make stopped at its door, styles in a
 * constructable style sheet (a page's CSP `style-src` cannot refuse it), and the top layer
 * (`popover`), above any z-index and out of reach of transforms and filters on html or body.
 */
export interface ClosedHost {
  host: HTMLElement;
  /** Where the UI renders, inside the closed root. */
  container: HTMLElement;
  remove: () => void;
}

/** Events through which a page script could act on the UI; only the person's own (trusted) ones get in. */
const GUARDED_EVENTS = ['click', 'change', 'input', 'keydown', 'keyup', 'keypress', 'submit', 'beforeinput'];

export function createClosedHost(name: string, css: string, containerClass: string): ClosedHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const zoomSheet = addStyles(shadow, css);
  const container = document.createElement('div');
  container.className = containerClass;
  shadow.append(container);

  // Capture on the root runs before any listener inside it: a script-made event never reaches them,
  // and preventDefault undoes what a script-made click did to a checkbox.
  const refuse = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) shadow.addEventListener(type, refuse, true);

  host.setAttribute('popover', 'manual');
  let mounted = true;
  const stayOnTop = () => {
    if (mounted && host.isConnected && !host.matches(':popover-open')) host.showPopover();
  };
  // A page that closes the popover (hidePopover) sees it open again.
  host.addEventListener('toggle', () => queueMicrotask(stayOnTop));
  // Reading the page's zoom, and entering the top layer, compute the page's style: done in the next
  // frame, where the browser computes it anyway, never synchronously in the pipeline (on a 48k-element
  // page that flush costs ~0.5 s). Until then the host is a plain fixed box (its :host rules).
  let frame = 0;
  const undoZoom = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!mounted) return;
      zoomSheet?.replaceSync(`:host { zoom: ${1 / pageZoom()} !important; }`);
      stayOnTop();
    });
  };
  const watcher = new MutationObserver(undoZoom);
  for (const el of [document.documentElement, document.body])
    if (el) watcher.observe(el, { attributes: true, attributeFilter: ['style', 'class'] });

  // One per page: a host left by an earlier, unloaded instance (Firefox injects afresh after an update) goes.
  for (const old of document.querySelectorAll(name)) old.remove();
  (document.body ?? document.documentElement).append(host);
  undoZoom();
  return {
    host,
    container,
    remove: () => {
      mounted = false;
      cancelAnimationFrame(frame);
      watcher.disconnect();
      host.remove();
    },
  };
}

/** The zoom html and body apply to their descendants (CSS `zoom` multiplies down the tree). */
function pageZoom(): number {
  let zoom = 1;
  for (const el of [document.documentElement, document.body]) {
    const z = el ? Number.parseFloat(getComputedStyle(el).zoom) : 1;
    if (Number.isFinite(z) && z > 0) zoom *= z;
  }
  return zoom;
}

/**
 * The UI's styles as constructable sheets, which page CSP does not govern; returns a second, empty
 * sheet for the zoom correction. Where a browser refuses adopted sheets from an extension's world,
 * a <style> element is the fallback (without the zoom correction).
 */
function addStyles(shadow: ShadowRoot, css: string): CSSStyleSheet | null {
  try {
    const main = new CSSStyleSheet();
    main.replaceSync(css);
    const zoom = new CSSStyleSheet();
    shadow.adoptedStyleSheets = [main, zoom];
    return zoom;
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
    return null;
  }
}
