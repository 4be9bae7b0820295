/**
 * Two cheap watchers for pages that change after load. Both are driven by DOM events (no polling),
 * and both hand back a stop function.
 */

/**
 * Late content: call `check` once the page has stopped changing for `quietMs`, until it returns true
 * or `forMs` has passed. For articles that scripts render after load, or after a navigation
 * (`checkSoon`: check once after `quietMs` even if nothing changes, the new page may already be in).
 */
export function watchLateContent(
  doc: Document,
  check: () => boolean,
  { quietMs = 400, forMs = 20_000, checkSoon = false }: { quietMs?: number; forMs?: number; checkSoon?: boolean } = {},
): () => void {
  const view = doc.defaultView;
  if (!view?.MutationObserver || !doc.body) return () => {};
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const scheduleCheck = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => {
      if (check()) stop();
    }, quietMs);
  };
  const observer = new view.MutationObserver(scheduleCheck);
  const deadline = setTimeout(() => stop(), forMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(deadline);
  };
  observer.observe(doc.body, { childList: true, subtree: true });
  if (checkSoon) scheduleCheck();
  return stop;
}

/**
 * Navigation without a load (history.pushState, back and forward): single-page sites change the
 * address and, nearly always, the title. Watching <head> and popstate costs nothing between navigations.
 */
export function watchNavigation(win: Window & typeof globalThis, onNavigate: (url: string) => void): () => void {
  const doc = win.document;
  let last = win.location.href;
  const changed = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onNavigate(last);
  };
  const observer = new win.MutationObserver(changed);
  if (doc.head) observer.observe(doc.head, { childList: true, subtree: true, characterData: true });
  win.addEventListener('popstate', changed);
  return () => {
    observer.disconnect();
    win.removeEventListener('popstate', changed);
  };
}
