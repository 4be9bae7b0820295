import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * Which guide each tab shows, for the toolbar badge. In storage.session, so an MV3 service worker that
 * sleeps and wakes still knows; one key per tab, so two tabs reporting at once never overwrite each other.
 */
export interface TabGuide {
  guideKey: string;
  fixIds: string[];
}

const PREFIX = 'tab-guide:';

function isTabGuide(value: unknown): value is TabGuide {
  const v = value as TabGuide | null;
  return (
    !!v && typeof v.guideKey === 'string' && Array.isArray(v.fixIds) && v.fixIds.every((id) => typeof id === 'string')
  );
}

export async function rememberTabGuide(tabId: number, guide: TabGuide): Promise<void> {
  await storage.setItem<TabGuide>(`session:${PREFIX}${tabId}`, { guideKey: guide.guideKey, fixIds: guide.fixIds });
}

export async function forgetTabGuide(tabId: number): Promise<void> {
  await storage.removeItem(`session:${PREFIX}${tabId}`);
}

/** Every tab that shows a guide, from one read. */
export async function listTabGuides(): Promise<Map<number, TabGuide>> {
  const all = await browser.storage.session.get(null);
  const tabs = new Map<number, TabGuide>();
  for (const [key, value] of Object.entries(all)) {
    const tabId = Number(key.slice(PREFIX.length));
    if (key.startsWith(PREFIX) && Number.isInteger(tabId) && isTabGuide(value)) tabs.set(tabId, value);
  }
  return tabs;
}
