import { mentionsWhatsApp } from './first-look';

/** A title this short may name only the site or the app ("Home", "Loading…", "My Blog"): its headings may say more. */
const SAYS_NOTHING = { words: 4, chars: 30 };

function pathOf(url: URL): string {
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname; // a malformed escape: the address as written
  }
}

/**
 * The background's glance at a tab, from what the browser tells it (address and title) without
 * touching the page: worth injecting the first look when either names WhatsApp, or when the title
 * says nothing (empty, the address itself, or a few words) and only the page's headings can tell.
 */
export function worthAFirstLook(address: string, title: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (mentionsWhatsApp(`${title} ${pathOf(url)}`)) return true;
  const words = title.trim().split(/\s+/).filter(Boolean).length;
  return words < SAYS_NOTHING.words && title.length < SAYS_NOTHING.chars;
}

interface TabNow {
  url?: string;
  title?: string;
  status?: string;
}

/**
 * Decides, from the browser's tab updates, when to glance at a tab: once its page has a title (or
 * has loaded), and again whenever its address or title changes afterwards (a single-page navigation,
 * an app rendering its article late). The page itself keeps nothing running for this.
 */
export function firstLookTrigger(lookAt: (tabId: number) => void) {
  const glanced = new Map<number, string>();
  return {
    onUpdated(tabId: number, change: TabNow, tab: TabNow): void {
      if (change.status === 'loading') {
        glanced.delete(tabId); // a new page (or the same one again): its title is still to come
        return;
      }
      if (!tab.url) return;
      // While loading, wait for the page's own title: Firefox names a loading tab by its address first.
      if (tab.status === 'loading' && (change.title === undefined || tab.url.includes(tab.title ?? ''))) return;
      // Looked at once more when loaded: a title can come while the body (its headings) is still arriving.
      const seen = `${tab.url}\n${tab.title ?? ''}\n${tab.status === 'complete'}`;
      if (glanced.get(tabId) === seen) return;
      glanced.set(tabId, seen);
      if (worthAFirstLook(tab.url, tab.title ?? '')) lookAt(tabId);
    },
    onRemoved(tabId: number): void {
      glanced.delete(tabId);
    },
  };
}
