import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  countPruned,
  findEarlierTries,
  listGuides,
  loadGuide,
  loadProgress,
  MAX_GUIDES,
  MAX_IDLE_PER_SITE,
  migrateAllProgress,
  resetGuide,
  saveGuide,
  setOutcome,
  setTried,
  TEXT_LIMITS,
  watchGuide,
} from '@/lib/progress-store';
import type { GuideRecord } from '@/lib/types';

const guide = (key: string, lastVisited: number, site = 'example.com'): GuideRecord => ({
  key,
  title: `Guide ${key}`,
  url: `https://${site}/${key}`,
  site,
  fixes: [
    { id: 'f1', title: 'Restart your iPhone' },
    { id: 'f2', title: 'Free up iCloud space' },
    { id: 'f3', title: 'Update WhatsApp' },
  ],
  lastVisited,
});

const IDS = ['f1', 'f2', 'f3'];
const local = () => fakeBrowser.storage.local.get(null);
/** Item definitions are cached per key for the module's life: tests that need a fresh item use a fresh key. */
let fresh = 0;
const freshKey = (name: string) => `${name}-${++fresh}`;

describe('progress store', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('remembers ticks per guide and forgets an untick', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1000);
    await setTried('g1', 'f1', true);
    await setTried('g1', 'f2', true);
    await setTried('g1', 'f2', false);
    const progress = await loadProgress('g1', IDS);
    expect(progress).toEqual({ f1: { triedAt: 1000, outcome: null, at: 1000 } });
  });

  it('loses nothing when two tabs tick different fixes of one guide at the same moment', async () => {
    await Promise.all(IDS.map((id) => setTried('g1', id, true)));
    expect(Object.keys(await loadProgress('g1', IDS)).sort()).toEqual(IDS);
  });

  it('loses nothing when different fixes get their outcomes at the same moment', async () => {
    await Promise.all([setOutcome('g1', 'f1', 'failed'), setOutcome('g1', 'f2', 'fixed'), setTried('g1', 'f3', true)]);
    const progress = await loadProgress('g1', IDS);
    expect([progress.f1?.outcome, progress.f2?.outcome, progress.f3?.outcome]).toEqual(['failed', 'fixed', null]);
  });

  it('keeps the time of each change: tried when ticked, the outcome when said', async () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(1000);
    await setTried('g1', 'f1', true);
    now.mockReturnValue(5000);
    await setOutcome('g1', 'f1', 'failed');
    expect((await loadProgress('g1', IDS)).f1).toEqual({ triedAt: 1000, outcome: 'failed', at: 5000 });
    now.mockReturnValue(9000);
    await setTried('g1', 'f1', true); // ticking again changes nothing
    expect((await loadProgress('g1', IDS)).f1).toEqual({ triedAt: 1000, outcome: 'failed', at: 5000 });
    await setOutcome('g1', 'f1', null);
    expect((await loadProgress('g1', IDS)).f1).toEqual({ triedAt: 1000, outcome: null, at: 9000 });
    await setTried('g1', 'f1', false);
    expect(await loadProgress('g1', IDS)).toEqual({});
  });

  it('saying "this fixed it" on an untried fix counts as trying it; the guide lists as solved', async () => {
    await saveGuide(guide('g1', 1));
    await setOutcome('g1', 'f2', 'fixed');
    const [summary] = await listGuides();
    expect([summary?.tried, summary?.solvedBy]).toEqual([1, 'f2']);
  });

  it('lists guides newest first with their progress, skipping broken or foreign values', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await saveGuide(guide('old', 1));
    await saveGuide(guide('new', 2));
    await setTried('new', 'f3', true);
    await fakeBrowser.storage.local.set({
      'guide:broken': { title: 42 },
      'progress:new:junk': 'not progress',
      unrelated: { key: 'x' },
    });
    const list = await listGuides();
    expect(list.map((g) => [g.key, g.tried, g.solvedBy])).toEqual([
      ['new', 1, null],
      ['old', 0, null],
    ]);
  });

  it('tells a watcher when a fix of its guide changes elsewhere', async () => {
    let calls = 0;
    const stop = watchGuide('g1', ['f1'], () => calls++);
    await setTried('g1', 'f1', true);
    await setTried('g2', 'f1', true); // another guide: not this watcher's business
    stop();
    await setTried('g1', 'f1', false);
    expect(calls).toBe(1);
  });
});

describe('stored versions', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('reads a version-1 tick as "tried, result not given" and migrates it to version 2', async () => {
    const key = freshKey('gv1');
    // What version 1 wrote: no metadata, `{ outcome: 'tried', at }`.
    await fakeBrowser.storage.local.set({ [`progress:${key}:f1`]: { outcome: 'tried', at: 1234 } });
    expect(await loadProgress(key, IDS)).toEqual({ f1: { triedAt: 1234, outcome: null, at: 1234 } });
    await migrateAllProgress();
    const stored = await local();
    expect(stored[`progress:${key}:f1`]).toEqual({ triedAt: 1234, outcome: null, at: 1234 });
    expect(stored[`progress:${key}:f1$`]).toEqual({ v: 2 });
  });

  it('gives a new tick its version, so it is never migrated twice', async () => {
    const key = freshKey('gnew');
    await setTried(key, 'f1', true);
    expect((await local())[`progress:${key}:f1$`]).toEqual({ v: 2 });
  });

  it('logs and ignores a broken or foreign value, without crashing or touching other guides', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const key = freshKey('gbad');
    await saveGuide(guide('other', 1));
    await setOutcome('other', 'f1', 'failed');
    await fakeBrowser.storage.local.set({
      [`progress:${key}:f1`]: 'garbage',
      [`progress:${key}:f2`]: { outcome: 'maybe', at: 'yesterday' },
      [`progress:${key}:f3`]: { outcome: 'tried', at: 5 },
      [`progress:${key}:f3$`]: { v: 99 }, // from a newer Fixlist: WXT refuses to downgrade it
      [`guide:${key}`]: 42,
    });
    await migrateAllProgress();
    expect(await loadProgress(key, IDS)).toEqual({ f3: { triedAt: 5, outcome: null, at: 5 } });
    expect(await loadGuide(key)).toBeNull();
    expect(warn).toHaveBeenCalled();
    expect((await listGuides()).map((g) => g.key)).toEqual(['other']);
    expect((await loadProgress('other', IDS)).f1?.outcome).toBe('failed');
    // Nothing was wiped: the broken values are still there, for a person (or a later version) to look at.
    expect((await local())[`progress:${key}:f1`]).toBe('garbage');
    // Marking the fix replaces only its own broken value.
    await setOutcome(key, 'f1', 'fixed');
    expect((await loadProgress(key, IDS)).f1?.outcome).toBe('fixed');
  });
});

describe('history', () => {
  beforeEach(() => fakeBrowser.reset());

  /** A guide of its own: fixes no other guide has, so it is never taken for an edited other one. */
  const own = (key: string, lastVisited: number, site: string): GuideRecord => ({
    ...guide(key, lastVisited, site),
    fixes: [1, 2, 3].map((n) => ({ id: `${key}-f${n}`, title: `Fix ${n} of ${key}` })),
  });

  it('never lets a guide with ticks or an outcome go, however many guides come after', async () => {
    for (let i = 0; i < MAX_GUIDES; i++) {
      await saveGuide(own(`h${i}`, 1000 + i, `site${i % 50}.example`));
      await setTried(`h${i}`, `h${i}-f1`, true);
    }
    await saveGuide(own('newest', 5000, 'new.example'));
    const list = await listGuides();
    expect(list.length).toBe(MAX_GUIDES + 1);
    expect(list.find((g) => g.key === 'h0')?.tried).toBe(1);
    expect(await countPruned()).toBe(0);
  });

  it(`one site's churn cannot evict other guides: it keeps at most ${MAX_IDLE_PER_SITE} without progress`, async () => {
    for (let i = 0; i < 5; i++) await saveGuide(own(`other${i}`, i, 'other.example'));
    await saveGuide(own('fixed', 10, 'churn.example'));
    await setOutcome('fixed', 'fixed-f1', 'fixed');
    for (let i = 0; i < 100; i++) await saveGuide(own(`churn${i}`, 100 + i, 'churn.example'));
    const list = await listGuides();
    expect(list.filter((g) => g.site === 'other.example').length).toBe(5);
    expect(list.filter((g) => g.site === 'churn.example' && g.tried === 0).length).toBe(MAX_IDLE_PER_SITE);
    expect(list.find((g) => g.key === 'fixed')?.solvedBy).toBe('fixed-f1');
    expect(list.some((g) => g.key === 'churn99')).toBe(true);
    expect(await countPruned()).toBe(100 - MAX_IDLE_PER_SITE);
  });

  it(`at ${MAX_GUIDES} guides the oldest without progress go first, with their keys, and are counted`, async () => {
    for (let i = 0; i < MAX_GUIDES; i++) await saveGuide(own(`h${i}`, 1000 + i, `site${i % 20}.example`));
    await setTried('h0', 'h0-f2', true);
    await saveGuide(own('newest', 5000, 'new.example'));
    const keys = (await listGuides()).map((g) => g.key);
    expect(keys.length).toBe(MAX_GUIDES);
    expect(keys).toContain('h0'); // oldest, but it has a tick
    expect(keys).not.toContain('h1'); // the oldest without progress
    expect(keys).toContain('newest');
    expect(Object.keys(await local()).filter((k) => k === 'guide:h1' || k.startsWith('progress:h1:'))).toEqual([]);
    expect(await countPruned()).toBe(1);
  });

  it('an edited article stays the same guide: a reworded heading keeps its tick, an added fix keeps them all', async () => {
    const first = own('v1', 1, 'example.com');
    await saveGuide(first);
    await Promise.all([setTried('v1', 'v1-f1', true), setOutcome('v1', 'v1-f2', 'failed')]);
    const reworded = {
      ...first,
      key: 'v2',
      fixes: [first.fixes[0], { id: 'v1-f2b', title: 'Fix 2, reworded' }, first.fixes[2]],
    };
    expect(await saveGuide(reworded as GuideRecord)).toBe('v1');
    expect(await loadProgress('v1', ['v1-f1', 'v1-f2b', 'v1-f3'])).toMatchObject({
      'v1-f1': { outcome: null },
      'v1-f2b': { outcome: 'failed' },
    });
    const added = { ...reworded, key: 'v3', fixes: [...reworded.fixes, { id: 'v1-f4', title: 'A new fix' }] };
    expect(await saveGuide(added as GuideRecord)).toBe('v1');
    expect((await listGuides()).map((g) => [g.key, g.fixes.length, g.tried])).toEqual([['v1', 4, 2]]);
    // Elsewhere, or mostly different: another guide.
    expect(await saveGuide({ ...(added as GuideRecord), key: 'v4', site: 'elsewhere.example' })).toBe('v4');
    expect(await saveGuide(own('v5', 9, 'example.com'))).toBe('v5');
  });

  it('stores page text with a length cap', async () => {
    const long = 'x'.repeat(100_000);
    const record = { ...own('long', 1, 'example.com'), title: long, url: `https://example.com/?q=${long}` };
    record.fixes = Array.from({ length: 500 }, (_, i) => ({ id: `long-${i}`, title: long }));
    await saveGuide(record);
    const stored = await loadGuide('long');
    expect(stored?.title.length).toBeLessThanOrEqual(TEXT_LIMITS.title);
    expect(stored?.url.length).toBeLessThanOrEqual(TEXT_LIMITS.url);
    expect(stored?.fixes.length).toBe(TEXT_LIMITS.fixes);
    expect(Math.max(...(stored?.fixes.map((f) => f.title.length) ?? []))).toBeLessThanOrEqual(TEXT_LIMITS.title);
  });

  it('resets one guide: its progress goes, its history entry and other guides stay', async () => {
    await saveGuide(guide('a', 1));
    await saveGuide(guide('b', 2));
    await Promise.all([setOutcome('a', 'f1', 'fixed'), setTried('a', 'f2', true), setTried('b', 'f1', true)]);
    await resetGuide('a');
    expect(await loadProgress('a', IDS)).toEqual({});
    expect(Object.keys(await loadProgress('b', IDS))).toEqual(['f1']);
    expect((await listGuides()).map((g) => [g.key, g.tried])).toEqual([
      ['b', 1],
      ['a', 0],
    ]);
    await setTried('a', 'f3', true); // and it can be started again
    expect(Object.keys(await loadProgress('a', IDS))).toEqual(['f3']);
  });
});

describe('memory across articles', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('finds the latest try of the same fix under other guides, in one storage read', async () => {
    const now = vi.spyOn(Date, 'now');
    await saveGuide(guide('first', 1, 'first.example'));
    await saveGuide(guide('second', 2, 'second.example'));
    now.mockReturnValue(100);
    await setOutcome('first', 'f1', 'fixed');
    now.mockReturnValue(200);
    await setOutcome('second', 'f1', 'failed');
    await setTried('second', 'f2', true);
    await setTried('current', 'f3', true); // the guide being read: not an "earlier" try
    await setTried('elsewhere', 'f9', true); // a fix this guide does not have

    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const earlier = await findEarlierTries('current', IDS);
    expect(get).toHaveBeenCalledTimes(1);
    expect(Object.keys(earlier).sort()).toEqual(['f1', 'f2']);
    expect(earlier.f1).toMatchObject({ guideKey: 'second', site: 'second.example', progress: { outcome: 'failed' } });
    expect(earlier.f2).toMatchObject({ guideKey: 'second', progress: { outcome: null } });
  });
});
