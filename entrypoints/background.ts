import { browser } from 'wxt/browser';
import { badgeText, badgeTitle } from '@/lib/badge';
import { firstLookTrigger } from '@/lib/first-look-trigger';
import { type GuideShown, isAdCss, isGuideShown, isTabId, onMessage, sendMessage } from '@/lib/messages';
import { loadProgress, migrateAllProgress, watchProgressChanges } from '@/lib/progress-store';
import { forgetTabGuide, listTabGuides, rememberTabGuide, type TabGuide } from '@/lib/tab-guides';

/** The heavy part (Readability, extraction, the Preact sidebar) is injected only into tabs that ask. */
const GUIDE_SCRIPT = '/guide.js';
const FIRST_LOOK = '/first-look.js';

/** Load the guide script into a frame; `manual`: then tell it to make a checklist whatever the verdict. */
async function injectGuideScript(tabId: number, frameId: number, manual: boolean): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [GUIDE_SCRIPT] });
    if (manual) await sendMessage('fixlist:open-sidebar', undefined, { tabId, frameId });
    return true;
  } catch (error) {
    console.warn('Fixlist: could not load the checklist into this tab', error);
    return false;
  }
}

/**
 * The guide script's ad stylesheet, added as a user stylesheet: the page's CSP (`style-src`) does not apply
 * to it and the page's own `!important` rules cannot beat it, so late ads stay hidden without polling.
 */
async function hideAds(tabId: number, frameId: number, css: string, hide: boolean): Promise<boolean> {
  const details = { target: { tabId, frameIds: [frameId] }, css, origin: 'USER' as const };
  try {
    await (hide ? browser.scripting.insertCSS(details) : browser.scripting.removeCSS(details));
    return true;
  } catch {
    // The tab closed or navigated meanwhile: nothing to hide there any more.
    return false;
  }
}

/** What the checks below read of a message's sender (as the browser fills it in, not the sender). */
interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** One of Fixlist's own pages (the popup, the settings; in a tab or not): it may name any tab. */
const fromExtensionPage = (sender: Sender): boolean =>
  sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));

/** The tab of a Fixlist content script in a web page: the only tab such a sender may act on. */
const contentScriptTab = (sender: Sender): number | undefined =>
  sender.id === browser.runtime.id && !fromExtensionPage(sender) ? sender.tab?.id : undefined;

/** The first look (entrypoints/first-look.ts): its result says whether the tab deserves the guide script. */
async function lookAtTab(tabId: number): Promise<void> {
  // Once there, the guide script watches its page itself (injecting it again would start it over).
  const guideThere = await sendMessage('fixlist:page-state', undefined, { tabId, frameId: 0 }).then(
    (answer) => answer !== undefined,
    () => false,
  );
  if (guideThere) return;
  try {
    const [look] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [FIRST_LOOK] });
    if (look?.result === true) await injectGuideScript(tabId, 0, false);
  } catch {
    // A page we may not script (an error page, a store page) or a tab closed meanwhile.
  }
}

/** Chrome's MV3 build has `action`; Firefox's MV2 build has `browserAction`. Both take the same calls. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** The toolbar button is green on a tab with a checklist (solved ones too) and grey elsewhere. */
const ICONS = {
  guide: { 16: '/icon/16.png', 32: '/icon/32.png' },
  none: { 16: '/icon/idle-16.png', 32: '/icon/idle-32.png' },
};

/** The badge of one tab: how many of its guide's fixes are still untried (empty when solved or no guide). */
async function showBadge(tabId: number, guide: TabGuide | null): Promise<void> {
  const fixIds = guide?.fixIds ?? [];
  const progress = guide ? await loadProgress(guide.guideKey, fixIds) : {};
  try {
    const button = toolbarButton();
    await button.setIcon({ tabId, path: guide ? ICONS.guide : ICONS.none });
    await button.setBadgeText({ tabId, text: badgeText(fixIds, progress) });
    await button.setTitle({ tabId, title: badgeTitle(fixIds, progress) });
  } catch {
    // The tab closed meanwhile: nothing to show it on.
  }
}

async function refreshBadges(changedGuides?: Set<string>): Promise<void> {
  const tabs = await listTabGuides();
  await Promise.all(
    [...tabs]
      .filter(([, guide]) => !changedGuides || changedGuides.has(guide.guideKey))
      .map(([tabId, guide]) => showBadge(tabId, guide)),
  );
}

async function onGuideShown(tabId: number, message: GuideShown) {
  if (message.guideKey === null) {
    await forgetTabGuide(tabId);
    await showBadge(tabId, null);
    return;
  }
  const guide = { guideKey: message.guideKey, fixIds: message.fixIds };
  await rememberTabGuide(tabId, guide);
  await showBadge(tabId, guide);
}

/** The keyboard shortcut (manifest `commands`): toggle the checklist, or make one where there is none yet. */
async function toggleSidebar(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const answer = await sendMessage('fixlist:toggle-sidebar', undefined, id).catch(() => undefined);
  if (!answer) await injectGuideScript(id, 0, true);
}

export default defineBackground(() => {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar') void toggleSidebar(tab?.id);
  });

  // The ad stylesheet goes only into the sending content script's own tab and frame.
  onMessage('fixlist:hide-ads', ({ data, sender }) => {
    const tabId = contentScriptTab(sender);
    return tabId !== undefined && isAdCss(data) ? hideAds(tabId, sender.frameId ?? 0, data.css, true) : false;
  });
  onMessage('fixlist:unhide-ads', ({ data, sender }) => {
    const tabId = contentScriptTab(sender);
    return tabId !== undefined && isAdCss(data) ? hideAds(tabId, sender.frameId ?? 0, data.css, false) : false;
  });
  // Each request acts on a tab only for Fixlist's own pages, or for the sending content script's own tab.
  onMessage('fixlist:make-checklist', ({ data, sender }) => {
    const tabId = data?.tabId;
    const allowed = isTabId(tabId) && (fromExtensionPage(sender) || contentScriptTab(sender) === tabId);
    return allowed ? injectGuideScript(tabId, 0, true) : false;
  });
  onMessage('fixlist:guide-shown', async ({ data, sender }) => {
    const tabId = contentScriptTab(sender);
    // The sidebar lives in the top frame only; a sub-frame's report would not be this tab's guide.
    if (tabId === undefined || (sender.frameId ?? 0) !== 0 || !isGuideShown(data)) return false;
    await onGuideShown(tabId, data);
    return true;
  });

  // A tab that loads another page (or the same one again) shows no guide until its guide script says so.
  // Every page load, title change and single-page navigation: the first look where the tab's title or
  // address deserves it (lib/first-look-trigger.ts); pages themselves run nothing of Fixlist's.
  // One look at a time per tab, so a look never misses the guide script the previous one is loading.
  const looks = new Map<number, Promise<void>>();
  const firstLooks = firstLookTrigger((tabId) => {
    const next = (looks.get(tabId) ?? Promise.resolve()).then(() => lookAtTab(tabId));
    looks.set(tabId, next);
    void next.then(() => looks.get(tabId) === next && looks.delete(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') void forgetTabGuide(tabId).then(() => showBadge(tabId, null));
    firstLooks.onUpdated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    firstLooks.onRemoved(tabId);
    void forgetTabGuide(tabId);
  });

  // A tick or an outcome in any tab, the sidebar or the popup: recount the badges of tabs on that guide.
  watchProgressChanges((guideKeys) => void refreshBadges(guideKeys));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void migrateAllProgress();
    // First install only (not updates): say what Fixlist does, and let the person try it at once.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
