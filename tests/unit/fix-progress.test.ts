import { describe, expect, it } from 'vitest';
import { guideStatus, readFixProgress } from '@/lib/fix-progress';

describe('stored fix values', () => {
  it('reads version 2 as is and version 1 as "tried, result not given"', () => {
    expect(readFixProgress({ triedAt: 1, outcome: 'fixed', at: 2 })).toEqual({ triedAt: 1, outcome: 'fixed', at: 2 });
    expect(readFixProgress({ outcome: 'tried', at: 7 })).toEqual({ triedAt: 7, outcome: null, at: 7 });
  });

  it('refuses anything else', () => {
    for (const value of [null, 'tried', 42, [], {}, { outcome: 'tried' }, { outcome: 'maybe', at: 1 }]) {
      expect(readFixProgress(value)).toBeNull();
    }
    expect(readFixProgress({ triedAt: 1, outcome: 'won', at: 2 })).toBeNull();
  });

  it('counts tried fixes of the guide and names the latest one that fixed it', () => {
    expect(
      guideStatus(['a', 'b', 'c'], {
        a: { triedAt: 1, outcome: 'fixed', at: 1 },
        b: { triedAt: 1, outcome: 'fixed', at: 9 },
        z: { triedAt: 1, outcome: 'fixed', at: 99 },
      }),
    ).toEqual({ tried: 2, total: 3, solvedBy: 'b' });
  });
});
