import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { removeIdleGuides } from '@/lib/progress-store';
import type { SaveProblem } from '@/lib/save-problem';

interface Props {
  problem: SaveProblem;
  /** The guide on screen: never removed to make room. */
  guideKey: string;
}

/** Why the last change was not saved, and for a full storage the way out: forget guides nothing was ticked on. */
export function SaveProblemNote({ problem, guideKey }: Props) {
  const [removed, setRemoved] = useState<number | null>(null);
  const text =
    problem.kind === 'full'
      ? t('saveProblemFull')
      : problem.kind === 'updated'
        ? t('saveProblemUpdated')
        : t('saveProblemOther', problem.reason);
  return (
    <div class="fl-problem" role="alert" data-fixlist="save-problem" data-problem={problem.kind}>
      <p>{text}</p>
      {problem.kind === 'full' &&
        (removed === null ? (
          <button
            type="button"
            class="fl-button"
            data-fixlist="remove-idle"
            onClick={() => void removeIdleGuides(guideKey).then(setRemoved, () => setRemoved(0))}
          >
            {t('removeIdleGuides')}
          </button>
        ) : (
          <p role="status">{t('removedIdleGuides', removed)}</p>
        ))}
    </div>
  );
}
