import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { guideStatus, readFixProgress } from './fix-progress';
import type { EarlierTry, FixProgress, GuideRecord, Outcome, ProgressMap } from './types';

/**
 * Fixlist's memory, in storage.local (storage.sync caps items at 8 KB). One item per guide and one
 * per tried fix: two tabs marking different fixes of one guide write different keys and never race.
 *
 *   guide:<guideKey>              GuideRecord (version 1)
 *   progress:<guideKey>:<fixId>   FixProgress (version 2; version 1 was `{ outcome: 'tried', at }`)
 *   <key>$                        WXT's metadata of an item (its version)
 */
const GUIDE_PREFIX = 'guide:';
const PROGRESS_PREFIX = 'progress:';

/**
 * History is bounded: past this many guides the least recently visited guides WITHOUT progress go.
 * A guide with a tick or an outcome is never removed by visits (only by the person).
 */
export const MAX_GUIDES = 200;
/** Guides without progress one site may keep: a site churning out "new" articles cannot crowd out others. */
export const MAX_IDLE_PER_SITE = 20;
/** How many guides the history has let go by itself, for the popup to say. */
const PRUNED_KEY = 'local:history-pruned';
const prunedItem = storage.defineItem<number>(PRUNED_KEY, { fallback: 0 });

type Item<T> = ReturnType<typeof storage.defineItem<T | null>>;

/** Items are defined once per key: each definition costs WXT a storage read (and runs its migrations). */
const items = new Map<string, Item<unknown>>();
function item<T>(key: `local:${string}`, define: () => Item<T>): Item<T> {
  let found = items.get(key);
  if (!found) {
    found = define() as Item<unknown>;
    items.set(key, found);
  }
  return found as Item<T>;
}

const guideItem = (key: string) =>
  item<GuideRecord>(`local:${GUIDE_PREFIX}${key}`, () =>
    storage.defineItem<GuideRecord | null>(`local:${GUIDE_PREFIX}${key}`, { version: 1, fallback: null }),
  );

const progressItem = (guideKey: string, fixId: string) => {
  const key = `local:${PROGRESS_PREFIX}${guideKey}:${fixId}` as const;
  return item<FixProgress>(key, () =>
    storage.defineItem<FixProgress | null>(key, {
      version: 2,
      fallback: null,
      // A broken or foreign value is left as it is (never wiped): readers ignore it.
      migrations: { 2: (v1: unknown) => readFixProgress(v1) ?? v1 },
    }),
  );
};

function isGuideRecord(value: unknown): value is GuideRecord {
  const v = value as GuideRecord | null;
  return (
    !!v &&
    typeof v.key === 'string' &&
    typeof v.title === 'string' &&
    typeof v.url === 'string' &&
    typeof v.site === 'string' &&
    typeof v.lastVisited === 'number' &&
    Array.isArray(v.fixes) &&
    v.fixes.every((f) => !!f && typeof f.id === 'string' && typeof f.title === 'string')
  );
}

/** Say once per key that a stored value was not understood; the reader then acts as if it were absent. */
const warned = new Set<string>();
function warnBroken(key: string, value: unknown): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`Fixlist: ignoring a stored value it does not understand at "${key}"`, value);
}

function readProgressAt(key: string, value: unknown): FixProgress | null {
  if (value == null) return null;
  const progress = readFixProgress(value);
  if (!progress) warnBroken(key, value);
  return progress;
}

/** `progress:<guideKey>:<fixId>` -> its parts; null for any other key (and for metadata keys). */
function parseProgressKey(key: string): { guideKey: string; fixId: string } | null {
  if (!key.startsWith(PROGRESS_PREFIX) || key.endsWith('$')) return null;
  const [guideKey, fixId, ...rest] = key.slice(PROGRESS_PREFIX.length).split(':');
  return guideKey && fixId && rest.length === 0 ? { guideKey, fixId } : null;
}

function parseGuideKey(key: string): string | null {
  return key.startsWith(GUIDE_PREFIX) && !key.endsWith('$') ? key.slice(GUIDE_PREFIX.length) || null : null;
}

/** Everything Fixlist keeps, from ONE read, sorted out; broken values are logged and left out. */
async function readAll() {
  const all = await browser.storage.local.get(null);
  const guides = new Map<string, GuideRecord>();
  const progress = new Map<string, ProgressMap>();
  for (const [key, value] of Object.entries(all)) {
    const guideKey = parseGuideKey(key);
    if (guideKey) {
      if (isGuideRecord(value) && value.key === guideKey) guides.set(guideKey, value);
      else warnBroken(key, value);
      continue;
    }
    const parts = parseProgressKey(key);
    const fix = parts && readProgressAt(key, value);
    if (!parts || !fix) continue;
    const map = progress.get(parts.guideKey) ?? {};
    map[parts.fixId] = fix;
    progress.set(parts.guideKey, map);
  }
  return { keys: Object.keys(all), guides, progress };
}

/**
 * Remember a guide (or that it was visited again) and keep the history bounded. Returns the key it is
 * kept under: an edited article (a heading reworded, a fix added or removed) stays the guide it was,
 * with its progress, so the caller shows that key's ticks.
 */
export async function saveGuide(record: GuideRecord, limit = MAX_GUIDES): Promise<string> {
  const { keys, guides, progress } = await readAll();
  const earlier = guides.get(record.key) ?? editedFrom(record, guides);
  const key = earlier?.key ?? record.key;
  const saved = boundRecord({ ...record, key });
  await guideItem(key).setValue(saved);
  if (earlier && earlier.key !== record.key) await carryReworded(earlier, saved, progress.get(key) ?? {});
  guides.set(key, saved);
  await prune(keys, guides, progress, limit, key);
  return key;
}

/**
 * The stored guide an edited article still is: same site, at least two fixes and most of them in
 * common, and at most two fixes different (one heading reworded, or one or two added or removed).
 */
function editedFrom(record: GuideRecord, guides: Map<string, GuideRecord>): GuideRecord | undefined {
  const ids = new Set(record.fixes.map((f) => f.id));
  let best: { guide: GuideRecord; common: number } | undefined;
  for (const guide of guides.values()) {
    if (guide.site !== record.site) continue;
    const common = guide.fixes.filter((f) => ids.has(f.id)).length;
    const differ = ids.size + guide.fixes.length - 2 * common;
    // The same fixes under another key is another guide on purpose (the key says so): not an edit.
    if (common < 2 || differ < 1 || differ > 2 || 2 * common < Math.max(ids.size, guide.fixes.length)) continue;
    if (!best || common > best.common || (common === best.common && guide.lastVisited > best.guide.lastVisited))
      best = { guide, common };
  }
  return best?.guide;
}

/** One heading reworded (one fix gone, one new): its progress follows it to the new wording. */
async function carryReworded(before: GuideRecord, after: GuideRecord, progress: ProgressMap): Promise<void> {
  const now = new Set(after.fixes.map((f) => f.id));
  const then = new Set(before.fixes.map((f) => f.id));
  const gone = before.fixes.filter((f) => !now.has(f.id));
  const added = after.fixes.filter((f) => !then.has(f.id));
  const from = gone[0] && progress[gone[0].id];
  if (gone.length !== 1 || added.length !== 1 || !from || !added[0] || progress[added[0].id]) return;
  await progressItem(after.key, added[0].id).setValue(from);
}

/** Stored page text has a length: a hostile or broken page cannot fill storage through its titles. */
export const TEXT_LIMITS = { title: 300, url: 2048, site: 253, fixes: 100 } as const;
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
function boundRecord(record: GuideRecord): GuideRecord {
  return {
    ...record,
    title: cut(record.title, TEXT_LIMITS.title),
    url: record.url.length > TEXT_LIMITS.url ? '' : record.url,
    site: cut(record.site, TEXT_LIMITS.site),
    fixes: record.fixes.slice(0, TEXT_LIMITS.fixes).map((f) => ({ id: f.id, title: cut(f.title, TEXT_LIMITS.title) })),
  };
}

/**
 * Keep the history bounded without losing progress: guides with ticks or outcomes always stay; of the
 * others, each site keeps its MAX_IDLE_PER_SITE most recent, and past `limit` guides in all the oldest
 * go first. `keep` (the guide being shown) stays too. Counts what went, for the popup.
 */
async function prune(
  keys: string[],
  guides: Map<string, GuideRecord>,
  progress: Map<string, ProgressMap>,
  limit: number,
  keep: string,
): Promise<void> {
  const hasProgress = (key: string) => Object.keys(progress.get(key) ?? {}).length > 0;
  // Newest first; the guide being shown counts towards its site's share but never goes.
  const idle = [...guides.values()]
    .filter((g) => !hasProgress(g.key))
    .sort((a, b) => (a.key === keep ? -1 : b.key === keep ? 1 : b.lastVisited - a.lastVisited));
  const doomed = new Set<string>();
  const perSite = new Map<string, number>();
  for (const g of idle) {
    const n = (perSite.get(g.site) ?? 0) + 1;
    perSite.set(g.site, n);
    if (n > MAX_IDLE_PER_SITE) doomed.add(g.key);
  }
  const left = idle.filter((g) => g.key !== keep && !doomed.has(g.key));
  for (let over = guides.size - doomed.size - limit; over > 0 && left.length > 0; over--) {
    const oldest = left.pop();
    if (oldest) doomed.add(oldest.key);
  }
  if (doomed.size === 0) return;
  await removeGuides(keys, [...doomed], true);
  await prunedItem.setValue((await prunedItem.getValue()) + doomed.size);
}

/** How many guides without progress the history has let go by itself so far. */
export const countPruned = (): Promise<number> => prunedItem.getValue();

/** The person's way out when storage is full: every guide without progress goes. Returns how many. */
export async function removeIdleGuides(keep?: string): Promise<number> {
  const { keys, guides, progress } = await readAll();
  const idle = [...guides.keys()].filter((k) => k !== keep && Object.keys(progress.get(k) ?? {}).length === 0);
  await removeGuides(keys, idle, true);
  return idle.length;
}

/** Remove the progress of these guides (and their records when `records`), metadata included. */
async function removeGuides(keys: string[], guideKeys: string[], records: boolean): Promise<void> {
  const doomed = new Set(guideKeys);
  const remove = keys.filter((key) => {
    const base = key.endsWith('$') ? key.slice(0, -1) : key;
    const progress = parseProgressKey(base);
    if (progress) return doomed.has(progress.guideKey);
    const guide = records && parseGuideKey(base);
    return !!guide && doomed.has(guide);
  });
  if (remove.length === 0) return;
  await browser.storage.local.remove(remove);
  // A removed item must be defined afresh next time, so that WXT sets its version again.
  for (const key of remove) items.delete(`local:${key}`);
}

export async function loadGuide(key: string): Promise<GuideRecord | null> {
  const value = await guideItem(key).getValue();
  if (value == null) return null;
  if (isGuideRecord(value)) return value;
  warnBroken(`${GUIDE_PREFIX}${key}`, value);
  return null;
}

export interface GuideSummary extends GuideRecord {
  tried: number;
  /** Id of the fix that solved it, or null. */
  solvedBy: string | null;
}

/** Every guide worked on, newest first, from one read. Foreign or broken values are skipped, never fatal. */
export async function listGuides(): Promise<GuideSummary[]> {
  const { guides, progress } = await readAll();
  return [...guides.values()]
    .map((record) => {
      const { tried, solvedBy } = guideStatus(
        record.fixes.map((f) => f.id),
        progress.get(record.key) ?? {},
      );
      return { ...record, tried, solvedBy };
    })
    .sort((a, b) => b.lastVisited - a.lastVisited);
}

/** A guide's progress, from one read. Values not yet migrated read as their version-2 shape. */
export async function loadProgress(guideKey: string, fixIds: string[]): Promise<ProgressMap> {
  const values = await storage.getItems(fixIds.map((id) => progressItem(guideKey, id)));
  const progress: ProgressMap = {};
  values.forEach(({ key, value }, i) => {
    const id = fixIds[i];
    const fix = readProgressAt(key, value);
    if (id && fix) progress[id] = fix;
  });
  return progress;
}

/** Tick (tried, result not given yet) or untick (forget the fix, outcome and all). */
export async function setTried(guideKey: string, fixId: string, tried: boolean): Promise<void> {
  const item = progressItem(guideKey, fixId);
  if (!tried) {
    await item.removeValue();
    return;
  }
  const current = readFixProgress(await item.getValue());
  if (current) return; // already tried: keep its outcome and time
  const now = Date.now();
  await item.setValue({ triedAt: now, outcome: null, at: now });
}

/** Say what came of a fix (null: take it back). Saying so counts as having tried it. */
export async function setOutcome(guideKey: string, fixId: string, outcome: Outcome | null): Promise<void> {
  const item = progressItem(guideKey, fixId);
  const current = readFixProgress(await item.getValue());
  const now = Date.now();
  await item.setValue({ triedAt: current?.triedAt ?? now, outcome, at: now });
}

/** Start a guide over: all its progress goes; its record (the history entry) stays. */
export async function resetGuide(guideKey: string): Promise<void> {
  const { keys } = await readAll();
  await removeGuides(keys, [guideKey], false);
}

/**
 * For each of `fixIds`, the latest progress of the same fix under any other guide, with that guide's
 * site, from ONE storage read.
 * Matching rule: two fixes are the same when their titles are equal once lower-cased and stripped of accents,
 * punctuation and spacing (their fix id, lib/fingerprint.ts); which site or guide they came from does not matter.
 */
export async function findEarlierTries(guideKey: string, fixIds: string[]): Promise<Record<string, EarlierTry>> {
  const { guides, progress } = await readAll();
  const wanted = new Set(fixIds);
  const found: Record<string, EarlierTry> = {};
  for (const [otherKey, map] of progress) {
    if (otherKey === guideKey) continue;
    const record = guides.get(otherKey);
    for (const [fixId, fix] of Object.entries(map)) {
      if (!wanted.has(fixId) || (found[fixId] && found[fixId].progress.at >= fix.at)) continue;
      found[fixId] = {
        guideKey: otherKey,
        site: record?.site ?? '',
        title: record?.title ?? '',
        url: record?.url ?? '',
        progress: fix,
      };
    }
  }
  return found;
}

/** Bring every stored fix to the current version now (the background calls this after an update). */
export async function migrateAllProgress(): Promise<void> {
  const { keys } = await readAll();
  const pending = keys.map(parseProgressKey).filter((p) => p !== null);
  // getValue waits for the item's migration, which WXT starts as the item is defined.
  await Promise.all(pending.map(({ guideKey, fixId }) => progressItem(guideKey, fixId).getValue()));
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

/** Call `onChange` when one of these fixes changes under another guide (for "You tried this on …"). */
export function watchEarlierTries(guideKey: string, fixIds: string[], onChange: () => void): () => void {
  const wanted = new Set(fixIds);
  return watchStorage((keys) =>
    keys.some((key) => {
      const parts = parseProgressKey(key);
      return !!parts && parts.guideKey !== guideKey && wanted.has(parts.fixId);
    }),
  )(onChange);
}

/** Call `onChange` on any change to Fixlist's memory (the popup's history listens to this). */
export function watchAll(onChange: () => void): () => void {
  return watchStorage(() => true)(onChange);
}

/** Keys of storage.local that changed, for listeners that care only about some of them. */
export function watchProgressChanges(onChange: (guideKeys: Set<string>) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const guideKeys = new Set<string>();
    for (const key of Object.keys(changes)) {
      const parts = parseProgressKey(key);
      if (parts) guideKeys.add(parts.guideKey);
    }
    if (guideKeys.size > 0) onChange(guideKeys);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function watchStorage(relevant: (keys: string[]) => boolean) {
  return (onChange: () => void) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && relevant(Object.keys(changes))) onChange();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  };
}
