/** The sidebar's width; on a wide screen the page is given this much room on the right instead of being covered. */
const SIDEBAR_WIDTH = 360;
/** Wide enough that the article keeps a comfortable measure beside the sidebar. */
const WIDE = `(min-width: ${SIDEBAR_WIDTH + 840}px)`;
/** Too narrow to show both: the sidebar starts as its small tab. */
export const NARROW = '(max-width: 700px)';

/**
 * Give the page room while the sidebar is open on a wide screen: a right margin on <html>, put back
 * exactly as it was when the sidebar closes. Returns the function to call on every open/close.
 */
export function pageRoom(doc: Document): (open: boolean) => void {
  const html = doc.documentElement;
  const view = doc.defaultView;
  const before = html.style.getPropertyValue('margin-right');
  const priority = html.style.getPropertyPriority('margin-right');
  return (open) => {
    if (open && view?.matchMedia(WIDE).matches)
      html.style.setProperty('margin-right', `${SIDEBAR_WIDTH}px`, 'important');
    else if (before) html.style.setProperty('margin-right', before, priority);
    else html.style.removeProperty('margin-right');
  };
}
