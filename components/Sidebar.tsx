import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '@/lib/i18n';
import type { SaveProblem } from '@/lib/save-problem';
import type { Guide } from '@/lib/types';
import { Checklist } from './Checklist';
import { ProgressSummary } from './ProgressSummary';
import { SaveProblemNote } from './SaveProblemNote';
import { useGuideProgress } from './use-guide-progress';

interface Props {
  guide: Guide;
  adsRemoved: number;
  initiallyOpen: boolean;
  /** Bumped by the keyboard shortcut: each change flips open and collapsed. */
  toggles?: number;
  /** Told on first render and on every open or collapse (the page may make room). */
  onOpenChange?: (open: boolean) => void;
  onSelectFix: (fixId: string) => void;
  /** The guide itself could not be saved (it still shows). */
  saveProblem?: SaveProblem | null;
}

/** Up and down arrows move between the fixes' checkboxes (Tab still walks every control). */
function moveBetweenFixes(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (!target.matches('input[type=checkbox]')) return;
  const boxes = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const next = boxes[boxes.indexOf(target as HTMLInputElement) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
}

/** The checklist beside the article; collapses to a small tab (button or Escape) and reopens from it. */
export function Sidebar({
  guide,
  adsRemoved,
  initiallyOpen,
  toggles = 0,
  onOpenChange,
  onSelectFix,
  saveProblem = null,
}: Props) {
  const fixIds = guide.fixes.map((f) => f.id);
  const { progress, earlier, toggle, chooseOutcome, tried, solvedBy, loaded, problem } = useGuideProgress(
    guide.key,
    fixIds,
    saveProblem,
  );
  const solvedTitle = solvedBy ? (guide.fixes.find((f) => f.id === solvedBy)?.title ?? '') : null;
  const [open, setOpen] = useState(initiallyOpen);
  const tabRef = useRef<HTMLButtonElement>(null);
  const collapseRef = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    onOpenChange?.(open);
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (open ? collapseRef : tabRef).current?.focus();
  }, [open, onOpenChange]);

  const firstToggle = useRef(toggles);
  useEffect(() => {
    if (toggles === firstToggle.current) return;
    moveFocus.current = true;
    setOpen((current) => !current);
  }, [toggles]);

  const setOpenAndFocus = (next: boolean) => {
    moveFocus.current = true;
    setOpen(next);
  };

  if (!open) {
    return (
      <button
        ref={tabRef}
        type="button"
        class="fl-tab"
        aria-expanded="false"
        aria-label={
          solvedTitle !== null ? t('sidebarOpenLabelSolved') : t('sidebarOpenLabel', tried, guide.fixes.length)
        }
        onClick={() => setOpenAndFocus(true)}
      >
        Fixlist {solvedTitle !== null ? '✓' : `${tried}/${guide.fixes.length}`}
      </button>
    );
  }

  return (
    <aside
      class="fl-sidebar"
      aria-label={t('sidebarLabel')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setOpenAndFocus(false);
        } else moveBetweenFixes(event);
      }}
    >
      <div class="fl-sidebar-head">
        <div>
          <p class="fl-brand">Fixlist</p>
          <h2 class="fl-title" dir="auto">
            {guide.title}
          </h2>
          {/* The slot keeps the progress line's room while ticks load, so the list below does not jump. */}
          <div class="fl-progress-slot">
            {loaded && <ProgressSummary tried={tried} total={guide.fixes.length} solvedBy={solvedTitle} />}
          </div>
        </div>
        <button
          ref={collapseRef}
          type="button"
          class="fl-button"
          aria-expanded="true"
          aria-label={t('collapseLabel')}
          onClick={() => setOpenAndFocus(false)}
        >
          <span class="fl-collapse-icon" aria-hidden="true">
            ⟩
          </span>
        </button>
      </div>
      <div class="fl-sidebar-body">
        {problem && <SaveProblemNote problem={problem} guideKey={guide.key} />}
        <Checklist
          fixes={guide.fixes}
          progress={progress}
          earlier={earlier}
          onToggle={toggle}
          onOutcome={chooseOutcome}
          onSelect={onSelectFix}
        />
        <p class="fl-note">{adsRemoved > 0 ? tn('adsRemoved', adsRemoved) : t('noAds')}</p>
      </div>
    </aside>
  );
}
