import { t } from '@/lib/i18n';
import { TParts } from './t-parts';

interface Props {
  tried: number;
  total: number;
  /** Title of the fix that solved the problem: the line then leads with "Solved". */
  solvedBy?: string | null;
  /** "3/8 tried" (the popup) instead of "3 of 8 tried" (the sidebar). */
  compact?: boolean;
}

/** Progress in words and as a bar; announced politely to screen readers when it changes. */
export function ProgressSummary({ tried, total, solvedBy, compact = false }: Props) {
  const percent = total > 0 ? Math.round((tried / total) * 100) : 0;
  const solved = solvedBy != null;
  return (
    <div>
      <p class={`fl-progress-line${solved ? ' is-solved' : ''}`} aria-live="polite">
        {solved && (
          <TParts
            id="solvedBy"
            parts={[
              <strong key="solved" class="fl-solved" data-fixlist="solved">
                {t('solved')}
              </strong>,
              solvedBy,
            ]}
          />
        )}
        <TParts
          id="progressTried"
          parts={[
            <span key="progress" data-fixlist="progress">
              {compact ? `${tried}/${total}` : t('progressOf', tried, total)}
            </span>,
          ]}
        />
      </p>
      <div
        class={`fl-bar${solved ? ' is-solved' : ''}`}
        role="progressbar"
        aria-label={t('fixesTriedLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={tried}
        aria-valuetext={solved ? t('solvedValue', tried, total) : undefined}
      >
        <span style={{ width: `${solved ? 100 : percent}%` }} />
      </div>
    </div>
  );
}
