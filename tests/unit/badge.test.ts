import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeText, badgeTitle } from '@/lib/badge';
import { forgetTabGuide, listTabGuides, rememberTabGuide } from '@/lib/tab-guides';
import type { FixProgress } from '@/lib/types';

const tried: FixProgress = { triedAt: 1, outcome: null, at: 1 };
const failed: FixProgress = { triedAt: 1, outcome: 'failed', at: 2 };
const fixed: FixProgress = { triedAt: 1, outcome: 'fixed', at: 3 };
const ids = ['a', 'b', 'c', 'd'];

describe('toolbar badge', () => {
  it('counts the fixes not tried yet', () => {
    expect(badgeText(ids, {})).toBe('4');
    expect(badgeText(ids, { a: tried, c: failed })).toBe('2');
    expect(badgeText(ids, { a: tried, b: tried, c: failed, d: failed })).toBe('0');
    expect(badgeTitle(ids, { a: tried })).toBe('Fixlist: 3 fixes left to try (of 4)');
  });

  it('is empty when the guide is solved or the tab shows no guide', () => {
    expect(badgeText(ids, { b: fixed })).toBe('');
    expect(badgeTitle(ids, { b: fixed })).toBe('Fixlist: solved');
    expect(badgeText([], {})).toBe('');
  });

  it('ignores progress of fixes the guide does not have', () => {
    expect(badgeText(['a'], { z: fixed, y: tried })).toBe('1');
  });

  it('fits a huge list in four characters', () => {
    expect(
      badgeText(
        Array.from({ length: 120 }, (_, i) => `f${i}`),
        {},
      ),
    ).toBe('99+');
  });
});

describe('tab guides (which guide each tab shows)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers each tab separately and forgets a closed or navigated tab', async () => {
    await Promise.all([
      rememberTabGuide(1, { guideKey: 'g1', fixIds: ['a'] }),
      rememberTabGuide(2, { guideKey: 'g2', fixIds: ['b', 'c'] }),
    ]);
    await fakeBrowser.storage.session.set({ 'tab-guide:3': 'junk', other: 1 });
    expect([...(await listTabGuides())]).toEqual([
      [1, { guideKey: 'g1', fixIds: ['a'] }],
      [2, { guideKey: 'g2', fixIds: ['b', 'c'] }],
    ]);
    await forgetTabGuide(1);
    expect([...(await listTabGuides()).keys()]).toEqual([2]);
  });
});
