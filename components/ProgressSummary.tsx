interface Props {
  tried: number;
  total: number;
  /** "3/8 tried" (the popup) instead of "3 of 8 tried" (the sidebar). */
  compact?: boolean;
}

/** Progress in words and as a bar; announced politely to screen readers when it changes. */
export function ProgressSummary({ tried, total, compact = false }: Props) {
  const percent = total > 0 ? Math.round((tried / total) * 100) : 0;
  return (
    <div>
      <p class="fl-progress-line" aria-live="polite">
        <span data-fixlist="progress">{compact ? `${tried}/${total}` : `${tried} of ${total}`}</span> tried
      </p>
      <div
        class="fl-bar"
        role="progressbar"
        aria-label="Fixes tried"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={tried}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
