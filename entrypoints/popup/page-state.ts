import { browser } from 'wxt/browser';
import type { Message, PageState } from '@/lib/types';

export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Ask the tab's content script what it found; a tab without one (a browser page) counts as skipped. */
export async function readPageState(tabId: number | null): Promise<PageState> {
  if (tabId === null) return { stage: 'skipped' };
  try {
    const state = (await browser.tabs.sendMessage(tabId, { type: 'fixlist:page-state' } satisfies Message)) as
      | PageState
      | undefined;
    return state ?? { stage: 'skipped' };
  } catch {
    return { stage: 'skipped' };
  }
}
