import { type MessageKey, t } from '@/lib/i18n';
import { relativeTime } from '@/lib/relative-time';
import type { EarlierTry, FixProgress, Outcome, ProgressMap, Step } from '@/lib/types';
import { safeHref } from './safe-href';
import { TParts } from './t-parts';

export interface ChecklistFix {
  id: string;
  title: string;
  steps?: Step[];
}

interface Props {
  fixes: ChecklistFix[];
  progress: ProgressMap;
  onToggle: (fixId: string, tried: boolean) => void;
  /** Say what came of a tried fix (null takes it back). Without it, no choice is offered. */
  onOutcome?: (fixId: string, outcome: Outcome | null) => void;
  /** The same fixes tried under other guides, by fix id. */
  earlier?: Record<string, EarlierTry>;
  /** When given, a fix's title is a button that takes the reader to the fix in the article. */
  onSelect?: (fixId: string) => void;
  /** "Now", for "2 days ago" (tests pin it). */
  now?: number;
}

/**
 * The fixes as a checklist: a box per fix ("tried"), then for a ticked fix "Didn't help" / "This fixed
 * it", what happened to the same fix elsewhere, and its own sub-steps. Page text is text only.
 */
export function Checklist({ fixes, progress, onToggle, onOutcome, earlier = {}, onSelect, now = Date.now() }: Props) {
  const solved = fixes.some((fix) => progress[fix.id]?.outcome === 'fixed');
  return (
    <ol class="fl-fixes" aria-label={t('fixesLabel')}>
      {fixes.map((fix) => {
        const done = progress[fix.id];
        const boxId = `fl-box-${fix.id}`;
        const state = done?.outcome === 'fixed' ? ' is-fixed' : done ? ' is-tried' : solved ? ' is-moot' : '';
        const before = earlier[fix.id];
        return (
          <li key={fix.id} class={`fl-fix${state}`} data-fixlist="fix">
            <div class="fl-fix-head">
              <input
                id={boxId}
                type="checkbox"
                checked={!!done}
                aria-label={t('triedLabel', fix.title)}
                onChange={(event) => onToggle(fix.id, event.currentTarget.checked)}
              />
              {onSelect ? (
                <button
                  type="button"
                  class="fl-fix-title"
                  data-fixlist="fix-title"
                  dir="auto"
                  title={t('showInArticle')}
                  onClick={() => onSelect(fix.id)}
                >
                  {fix.title}
                </button>
              ) : (
                <label class="fl-fix-title" for={boxId} data-fixlist="fix-title" dir="auto">
                  {fix.title}
                </label>
              )}
            </div>
            {done && onOutcome && <OutcomeChoice fix={fix} progress={done} onOutcome={onOutcome} />}
            {before && <EarlierNote before={before} now={now} />}
            {fix.steps && fix.steps.length > 0 && (
              // Page text keeps its own direction inside a right-to-left interface (dir="auto").
              <ol class="fl-steps" dir="auto">
                {fix.steps.map((step, i) => {
                  const href = safeHref(step.href);
                  return (
                    // Steps are static page text: their order is their identity.
                    <li key={i} data-fixlist="step">
                      {step.text}
                      {href && (
                        <>
                          {' '}
                          <a href={href} target="_blank" rel="noopener noreferrer" aria-label={t('openStepLink')}>
                            ↗
                          </a>
                        </>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </li>
        );
      })}
    </ol>
  );
}

interface OutcomeChoiceProps {
  fix: ChecklistFix;
  progress: FixProgress;
  onOutcome: (fixId: string, outcome: Outcome | null) => void;
}

const CHOICES: { outcome: Outcome; label: MessageKey }[] = [
  { outcome: 'failed', label: 'outcomeDidntHelp' },
  { outcome: 'fixed', label: 'outcomeFixedIt' },
];

/** Two toggle buttons: pressing the pressed one again takes the answer back. */
function OutcomeChoice({ fix, progress, onOutcome }: OutcomeChoiceProps) {
  return (
    <fieldset class="fl-outcome" aria-label={t('outcomeQuestion', fix.title)} data-fixlist="outcome">
      {CHOICES.map(({ outcome, label }) => {
        const pressed = progress.outcome === outcome;
        return (
          <button
            key={outcome}
            type="button"
            class={`fl-chip fl-chip-${outcome}`}
            aria-pressed={pressed ? 'true' : 'false'}
            data-outcome={outcome}
            onClick={() => onOutcome(fix.id, pressed ? null : outcome)}
          >
            {t(label)}
          </button>
        );
      })}
    </fieldset>
  );
}

const EARLIER_SENTENCE = { failed: 'earlierTriedFailed', fixed: 'earlierTriedFixed', none: 'earlierTried' } as const;

/** "You tried this on example.com 2 days ago: didn't help". */
/** The other site by its host name alone: its address, query string and article title stay out of this page. */
function EarlierNote({ before, now }: { before: EarlierTry; now: number }) {
  const site = before.site || t('earlierAnotherPage');
  return (
    <p class="fl-earlier" data-fixlist="earlier">
      <TParts
        id={EARLIER_SENTENCE[before.progress.outcome ?? 'none']}
        parts={[site, relativeTime(before.progress.triedAt, now)]}
      />
    </p>
  );
}
