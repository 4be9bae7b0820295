/** The sidebar's width; on a wide screen the page is given this much room beside it instead of being covered. */
const SIDEBAR_WIDTH = 360;
/** Wide enough that the article keeps a comfortable measure beside the sidebar. */
const WIDE = `(min-width: ${SIDEBAR_WIDTH + 840}px)`;
/** Too narrow to show both side by side: the sidebar starts as its small tab. */
export const NARROW = '(max-width: 700px)';
/** Phones: the sidebar is a bottom sheet (sidebar.css) of this share of the screen's height. */
export const PHONE = '(max-width: 480px)';
const SHEET_HEIGHT = '42vh';

/**
 * Give the page room while the sidebar is open: on a wide screen a margin on the sidebar's side of <html>
 * (right, or left for a right-to-left interface); on a phone room at the bottom for the sheet, so the
 * article's end can scroll above it. Put back exactly as it was when the sidebar closes. Returns the
 * function to call on every open/close.
 */
export function pageRoom(doc: Document, direction: 'ltr' | 'rtl' = 'ltr'): (open: boolean) => void {
  const html = doc.documentElement;
  const view = doc.defaultView;
  const saved = (property: string): [string, string] => [
    html.style.getPropertyValue(property),
    html.style.getPropertyPriority(property),
  ];
  const side = direction === 'rtl' ? 'margin-left' : 'margin-right';
  const before: Record<string, [string, string]> = { [side]: saved(side), 'padding-bottom': saved('padding-bottom') };
  const restore = (property: string) => {
    const [value, priority] = before[property] ?? ['', ''];
    if (value) html.style.setProperty(property, value, priority);
    else html.style.removeProperty(property);
  };
  return (open) => {
    restore(side);
    restore('padding-bottom');
    if (!open || !view) return;
    if (view.matchMedia(WIDE).matches) html.style.setProperty(side, `${SIDEBAR_WIDTH}px`, 'important');
    else if (view.matchMedia(PHONE).matches) html.style.setProperty('padding-bottom', SHEET_HEIGHT, 'important');
  };
}
