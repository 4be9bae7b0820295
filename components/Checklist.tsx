import type { ProgressMap, Step } from '@/lib/types';
import { safeHref } from './safe-href';

export interface ChecklistFix {
  id: string;
  title: string;
  steps?: Step[];
}

interface Props {
  fixes: ChecklistFix[];
  progress: ProgressMap;
  onToggle: (fixId: string, tried: boolean) => void;
  /** When given, a fix's title is a button that takes the reader to the fix in the article. */
  onSelect?: (fixId: string) => void;
}

/** The fixes as a checklist: a box per fix ("tried"), its own sub-steps beneath. Page text is text only. */
export function Checklist({ fixes, progress, onToggle, onSelect }: Props) {
  return (
    <ol class="fl-fixes" aria-label="Fixes to try">
      {fixes.map((fix) => {
        const tried = !!progress[fix.id];
        const boxId = `fl-box-${fix.id}`;
        return (
          <li key={fix.id} class={`fl-fix${tried ? ' is-tried' : ''}`} data-fixlist="fix">
            <div class="fl-fix-head">
              <input
                id={boxId}
                type="checkbox"
                checked={tried}
                aria-label={`Tried: ${fix.title}`}
                onChange={(event) => onToggle(fix.id, event.currentTarget.checked)}
              />
              {onSelect ? (
                <button
                  type="button"
                  class="fl-fix-title"
                  data-fixlist="fix-title"
                  title="Show this fix in the article"
                  onClick={() => onSelect(fix.id)}
                >
                  {fix.title}
                </button>
              ) : (
                <label class="fl-fix-title" for={boxId} data-fixlist="fix-title">
                  {fix.title}
                </label>
              )}
            </div>
            {fix.steps && fix.steps.length > 0 && (
              <ol class="fl-steps">
                {fix.steps.map((step, i) => {
                  const href = safeHref(step.href);
                  return (
                    // Steps are static page text: their order is their identity.
                    <li key={i} data-fixlist="step">
                      {step.text}
                      {href && (
                        <>
                          {' '}
                          <a
                            href={href}
                            target="_blank"
                            rel="noopener noreferrer"
                            aria-label="Open the link from this step"
                          >
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
