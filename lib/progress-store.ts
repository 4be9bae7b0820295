import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { FixProgress, GuideRecord, ProgressMap } from './types';

/**
 * Fixlist's memory, in storage.local (storage.sync caps items at 8 KB). One item per guide and one
 * per ticked fix: two tabs ticking different fixes of one guide write different keys and never race.
 */
const GUIDE_PREFIX = 'guide:';
const PROGRESS_PREFIX = 'progress:';

/** Items are defined once per key: each definition costs WXT a storage read. */
const items = new Map<string, ReturnType<typeof storage.defineItem<unknown>>>();
function item<T>(key: `local:${string}`) {
  let found = items.get(key);
  if (!found) {
    found = storage.defineItem<unknown>(key, { version: 1, fallback: null });
    items.set(key, found);
  }
  return found as unknown as ReturnType<typeof storage.defineItem<T | null>>;
}

const guideItem = (key: string) => item<GuideRecord>(`local:${GUIDE_PREFIX}${key}`);
const progressItem = (guideKey: string, fixId: string) =>
  item<FixProgress>(`local:${PROGRESS_PREFIX}${guideKey}:${fixId}`);

function isGuideRecord(value: unknown): value is GuideRecord {
  const v = value as GuideRecord | null;
  return !!v && typeof v.key === 'string' && typeof v.title === 'string' && Array.isArray(v.fixes);
}

function isFixProgress(value: unknown): value is FixProgress {
  const v = value as FixProgress | null;
  return !!v && typeof v.outcome === 'string' && typeof v.at === 'number';
}

export async function saveGuide(record: GuideRecord): Promise<void> {
  await guideItem(record.key).setValue(record);
}

export async function loadGuide(key: string): Promise<GuideRecord | null> {
  const value = await guideItem(key).getValue();
  return isGuideRecord(value) ? value : null;
}

export interface GuideSummary extends GuideRecord {
  tried: number;
}

/** Every guide worked on, newest first, from one read. Foreign or broken values are skipped, never fatal. */
export async function listGuides(): Promise<GuideSummary[]> {
  const all = await browser.storage.local.get(null);
  const tried = new Map<string, number>();
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PROGRESS_PREFIX) || key.endsWith('$') || !isFixProgress(value)) continue;
    const guide = key.slice(PROGRESS_PREFIX.length).split(':')[0] ?? '';
    tried.set(guide, (tried.get(guide) ?? 0) + 1);
  }
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(GUIDE_PREFIX) && !key.endsWith('$') && isGuideRecord(value))
    .map(([, value]) => value as GuideRecord)
    .map((record) => ({ ...record, tried: Math.min(tried.get(record.key) ?? 0, record.fixes.length) }))
    .sort((a, b) => b.lastVisited - a.lastVisited);
}

export async function loadProgress(guideKey: string, fixIds: string[]): Promise<ProgressMap> {
  const values = await storage.getItems(fixIds.map((id) => progressItem(guideKey, id)));
  const progress: ProgressMap = {};
  values.forEach(({ value }, i) => {
    const id = fixIds[i];
    if (id && isFixProgress(value)) progress[id] = value;
  });
  return progress;
}

export async function setTried(guideKey: string, fixId: string, tried: boolean): Promise<void> {
  const item = progressItem(guideKey, fixId);
  if (tried) await item.setValue({ outcome: 'tried', at: Date.now() });
  else await item.removeValue();
}

/** Call `onChange` whenever a guide's record or any of its fixes changes, in this tab or another. */
export function watchGuide(guideKey: string, fixIds: string[], onChange: () => void): () => void {
  const unwatchers = [guideItem(guideKey), ...fixIds.map((id) => progressItem(guideKey, id))].map((item) =>
    item.watch(() => onChange()),
  );
  return () => {
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Call `onChange` on any change to Fixlist's memory (the popup's history listens to this). */
export function watchAll(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'local') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
