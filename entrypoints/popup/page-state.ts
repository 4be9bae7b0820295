import { browser } from 'wxt/browser';
import { type FixlistProtocol, sendMessage } from '@/lib/messages';
import type { PageState } from '@/lib/types';

export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function ask(
  tabId: number,
  type: Extract<keyof FixlistProtocol, 'fixlist:page-state' | 'fixlist:open-sidebar'>,
): Promise<PageState | undefined> {
  try {
    return await sendMessage(type, undefined, tabId);
  } catch {
    return undefined; // no content script here (a browser page, a store page, a file)
  }
}

/** Ask the tab's content script what it found; a tab without one counts as skipped. */
export async function readPageState(tabId: number | null): Promise<PageState> {
  return (tabId !== null && (await ask(tabId, 'fixlist:page-state'))) || { stage: 'skipped' };
}

/** Make a checklist on a page that did not open one by itself: load the pipeline first if it is not there. */
export async function makeChecklist(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { stage: 'skipped' };
  const answer = await ask(tabId, 'fixlist:open-sidebar');
  if (answer) return answer;
  await sendMessage('fixlist:make-checklist', { tabId });
  // The injected script builds the checklist as it starts; ask until it has.
  for (let attempt = 0; attempt < 20; attempt++) {
    const state = await readPageState(tabId);
    if (state.stage === 'checked' && (state.sidebar || !state.guide)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readPageState(tabId);
}
