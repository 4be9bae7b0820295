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
import { type SaveProblem, saveProblemOf } from '@/lib/save-problem';
import type { EarlierTry, FixProgress, Outcome, ProgressMap } from '@/lib/types';

/**
 * A guide's ticks and outcomes, kept live across tabs and the popup through storage change events.
 * A change shows at once; if storage refuses it, it is undone and `problem` says why (never shown as saved).
 */
export function useGuideProgress(guideKey: string, fixIds: string[], initialProblem: SaveProblem | null = null) {
  const [progress, setProgress] = useState<ProgressMap>({});
  const [problem, setProblem] = useState<SaveProblem | null>(initialProblem);
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
    refresh().catch(() => {}); // a tab whose extension is gone keeps what it shows
    refreshEarlier().catch(() => {});
    const unwatch = watchGuide(guideKey, fixIds, () => void refresh().catch(() => {}));
    const unwatchEarlier = watchEarlierTries(guideKey, fixIds, () => void refreshEarlier().catch(() => {}));
    return () => {
      alive = false;
      unwatch();
      unwatchEarlier();
    };
  }, [guideKey, idsKey]);

  /** Put one fix back as it was before a change storage refused, and say why (once the extension is gone). */
  const undo = (fixId: string, was: FixProgress | undefined) => (error: unknown) => {
    setProgress((current) => {
      const next = { ...current };
      if (was) next[fixId] = was;
      else delete next[fixId];
      return next;
    });
    setProblem((current) => (current?.kind === 'updated' ? current : saveProblemOf(error)));
  };
  const attempt = (fixId: string, write: () => Promise<void>) => {
    const was = progress[fixId];
    let pending: Promise<void>;
    try {
      pending = write();
    } catch (error) {
      pending = Promise.reject(error); // a gone extension throws before it even starts
    }
    pending.then(() => setProblem((current) => (current?.kind === 'updated' ? current : null)), undo(fixId, was));
  };

  // Optimistic: the control answers at once; storage's echo confirms it, a refusal undoes it.
  const toggle = (fixId: string, tried: boolean) => {
    setProgress((current) => {
      const next = { ...current };
      const now = Date.now();
      if (!tried) delete next[fixId];
      else next[fixId] ??= { triedAt: now, outcome: null, at: now };
      return next;
    });
    attempt(fixId, () => setTried(guideKey, fixId, tried));
  };
  const chooseOutcome = (fixId: string, outcome: Outcome | null) => {
    setProgress((current) => {
      const now = Date.now();
      return { ...current, [fixId]: { triedAt: current[fixId]?.triedAt ?? now, outcome, at: now } };
    });
    attempt(fixId, () => setOutcome(guideKey, fixId, outcome));
  };
  const { tried, solvedBy } = guideStatus(fixIds, progress);
  return { progress, earlier, toggle, chooseOutcome, tried, solvedBy, loaded, problem, setProblem };
}
