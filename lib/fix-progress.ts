import type { FixProgress, ProgressMap } from './types';

/**
 * A stored fix, whatever its version: version 2 as is, version 1's `{ outcome: 'tried', at }` as
 * "tried, result not given". Anything else is not progress (null). Used by the WXT migration and by
 * every reader that scans storage, since a scan can meet items whose migration has not run yet.
 */
export function readFixProgress(value: unknown): FixProgress | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.at !== 'number' || !Number.isFinite(v.at)) return null;
  if (typeof v.triedAt === 'number' && (v.outcome === null || v.outcome === 'failed' || v.outcome === 'fixed')) {
    return { triedAt: v.triedAt, outcome: v.outcome, at: v.at };
  }
  if (v.outcome === 'tried') return { triedAt: v.at, outcome: null, at: v.at };
  return null;
}

export interface GuideStatus {
  /** Fixes ticked as tried. */
  tried: number;
  total: number;
  /** The fix that solved the problem (the latest one marked so), or null. */
  solvedBy: string | null;
}

export function guideStatus(fixIds: string[], progress: ProgressMap): GuideStatus {
  let tried = 0;
  let solvedBy: string | null = null;
  let solvedAt = -1;
  for (const id of fixIds) {
    const p = progress[id];
    if (!p) continue;
    tried++;
    if (p.outcome === 'fixed' && p.at > solvedAt) {
      solvedBy = id;
      solvedAt = p.at;
    }
  }
  return { tried, total: fixIds.length, solvedBy };
}
