import { useEffect, useState } from 'preact/hooks';
import { loadProgress, setTried, watchGuide } from '@/lib/progress-store';
import type { ProgressMap } from '@/lib/types';

/** A guide's ticks, kept live across tabs and the popup through storage change events. */
export function useGuideProgress(guideKey: string, fixIds: string[]) {
  const [progress, setProgress] = useState<ProgressMap>({});
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
    void refresh();
    const unwatch = watchGuide(guideKey, fixIds, () => void refresh());
    return () => {
      alive = false;
      unwatch();
    };
  }, [guideKey, idsKey]);
  const toggle = (fixId: string, tried: boolean) => {
    // Optimistic: the box answers at once; storage's echo confirms it.
    setProgress((current) => {
      const next = { ...current };
      if (tried) next[fixId] = { outcome: 'tried', at: Date.now() };
      else delete next[fixId];
      return next;
    });
    void setTried(guideKey, fixId, tried);
  };
  const tried = fixIds.filter((id) => progress[id]).length;
  return { progress, toggle, tried, loaded };
}
