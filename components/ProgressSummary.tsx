interface Props {
  tried: number;
  total: number;
}

/** "k of N tried" with a bar; announced politely to screen readers when it changes. */
export function ProgressSummary({ tried, total }: Props) {
  const percent = total > 0 ? Math.round((tried / total) * 100) : 0;
  return (
    <div>
      <p class="fl-progress-line" aria-live="polite">
        <span data-fixlist="progress">
          {tried}/{total}
        </span>{' '}
        tried ({tried} of {total} fixes)
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
