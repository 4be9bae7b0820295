import { describe, expect, it } from 'vitest';
import { isGuideShown, isTabId } from '@/lib/messages';
import { saveProblemOf } from '@/lib/save-problem';

describe('message payload checks', () => {
  it('takes a tab id only as a non-negative whole number', () => {
    expect([3, 0].map(isTabId)).toEqual([true, true]);
    expect([-1, 1.5, '3', null, undefined, Number.NaN, 2 ** 60].map(isTabId)).toEqual(Array(7).fill(false));
  });

  it('takes a guide report only as a key (or null) and a bounded list of fix ids', () => {
    expect(isGuideShown({ guideKey: 'g1', fixIds: ['f1', 'f2'] })).toBe(true);
    expect(isGuideShown({ guideKey: null, fixIds: [] })).toBe(true);
    for (const bad of [
      null,
      'g1',
      { guideKey: 1, fixIds: [] },
      { guideKey: '', fixIds: [] },
      { guideKey: 'g1', fixIds: 'f1' },
      { guideKey: 'g1', fixIds: [1] },
      { guideKey: 'g1', fixIds: Array(201).fill('f') },
      { guideKey: 'x'.repeat(201), fixIds: [] },
    ])
      expect(isGuideShown(bad), JSON.stringify(bad)?.slice(0, 60)).toBe(false);
  });
});

describe('why a write failed', () => {
  it("tells storage full from an extension gone from under the tab, in both browsers' words", () => {
    expect(saveProblemOf(new Error('QUOTA_BYTES quota exceeded'))).toEqual({ kind: 'full' });
    expect(saveProblemOf(new Error('QuotaExceededError: storage quota'))).toEqual({ kind: 'full' });
    expect(saveProblemOf(new Error('Extension context invalidated.'))).toEqual({ kind: 'updated' });
    expect(saveProblemOf(new TypeError("can't access dead object"))).toEqual({ kind: 'updated' });
    expect(saveProblemOf('disk on fire')).toEqual({ kind: 'other', reason: 'disk on fire' });
  });
});
