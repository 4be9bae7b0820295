import { useState } from 'preact/hooks';
import { checkFilters, type FilterCheck } from '@/lib/ads/check-filters';
import { t } from '@/lib/i18n';
import { setMyFilters } from '@/lib/settings';

/** Settings: the person's own ad filters, checked line by line when saved (bad lines are named and skipped). */
export function MyFilters({ saved }: { saved: string }) {
  const [text, setText] = useState(saved);
  const [check, setCheck] = useState<FilterCheck | null>(null);
  const save = () => {
    setCheck(checkFilters(text));
    void setMyFilters(text);
  };
  return (
    <section>
      <h2>
        <label for="fl-my-filters">{t('optionsFiltersHeading')}</label>
      </h2>
      <p class="fl-note" id="fl-my-filters-help">
        {t('optionsFiltersHelp')}
      </p>
      <textarea
        id="fl-my-filters"
        data-fixlist="my-filters"
        class="fl-filters"
        rows={8}
        spellcheck={false}
        aria-describedby="fl-my-filters-help"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p>
        <button type="button" class="fl-button" data-fixlist="save-filters" onClick={save}>
          {t('optionsFiltersSave')}
        </button>
      </p>
      {check && (
        <div role="status" data-fixlist="filters-status">
          <p>{t('optionsFiltersSaved', check.accepted.length)}</p>
          {check.problems.length > 0 && (
            <ul data-fixlist="filter-problems">
              {check.problems.map((p) => (
                <li key={p.line}>{t('optionsFiltersProblem', p.line, p.text, t(p.problem))}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
