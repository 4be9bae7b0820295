import { useEffect, useState } from 'preact/hooks';
import { guideStatus } from '@/lib/fix-progress';
import {
  findEarlierTries,
  loadProgress,
  setOutcome,
  setTried,
  watchEarlierTries,
  watchGuide,
} from '@/lib/progress-store';
import type { EarlierTry, Outcome, ProgressMap } from '@/lib/types';

/** A guide's ticks and outcomes, kept live across tabs and the popup through storage change events. */
export function useGuideProgress(guideKey: string, fixIds: string[]) {
  const [progress, setProgress] = useState<ProgressMap>({});
  const [earlier, setEarlier] = useState<Record<string, EarlierTry>>({});
  const [loaded, setLoaded] = useState(false);
  const idsKey = fixIds.join(',');
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      loadProgress(guideKey, fixIds).then((next) => {
        if (!alive) return;
        setProgress(next);
        setLoaded(true);
      });
    const refreshEarlier = () =>
      findEarlierTries(guideKey, fixIds).then((next) => {
        if (alive) setEarlier(next);
      });
    void refresh();
    void refreshEarlier();
    const unwatch = watchGuide(guideKey, fixIds, () => void refresh());
    const unwatchEarlier = watchEarlierTries(guideKey, fixIds, () => void refreshEarlier());
    return () => {
      alive = false;
      unwatch();
      unwatchEarlier();
    };
  }, [guideKey, idsKey]);

  // Optimistic: the control answers at once; storage's echo confirms it.
  const toggle = (fixId: string, tried: boolean) => {
    setProgress((current) => {
      const next = { ...current };
      const now = Date.now();
      if (!tried) delete next[fixId];
      else next[fixId] ??= { triedAt: now, outcome: null, at: now };
      return next;
    });
    void setTried(guideKey, fixId, tried);
  };
  const chooseOutcome = (fixId: string, outcome: Outcome | null) => {
    setProgress((current) => {
      const now = Date.now();
      return { ...current, [fixId]: { triedAt: current[fixId]?.triedAt ?? now, outcome, at: now } };
    });
    void setOutcome(guideKey, fixId, outcome);
  };
  const { tried, solvedBy } = guideStatus(fixIds, progress);
  return { progress, earlier, toggle, chooseOutcome, tried, solvedBy, loaded };
}
