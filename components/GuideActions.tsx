import { useEffect, useRef, useState } from 'preact/hooks';
import { guideMarkdown, markdownFileName } from '@/lib/guide-markdown';
import { t } from '@/lib/i18n';
import { loadProgress, resetGuide } from '@/lib/progress-store';
import type { GuideRecord } from '@/lib/types';
import { copyText, downloadText } from './share';

export interface ShareActions {
  copy: (text: string) => Promise<void>;
  download: (fileName: string, text: string) => void;
}

const browserShare: ShareActions = { copy: copyText, download: downloadText };

interface Props {
  record: GuideRecord;
  share?: ShareActions;
  /** Small link-like buttons (a row of the history), named after the guide for screen readers. */
  compact?: boolean;
}

/** A guide's own actions: copy or download it as Markdown; start it over (after a confirm step). */
export function GuideActions({ record, share = browserShare, compact = false }: Props) {
  const button = compact ? 'fl-button fl-button-small' : 'fl-button';
  // Every row of the history has these buttons: say which guide each one is for.
  const named = (action: string) => (compact ? t('namedAction', action, record.title) : undefined);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const focusReset = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (focusReset.current) {
      focusReset.current = false;
      resetRef.current?.focus();
    }
  }, [confirming]);

  const markdown = async () =>
    guideMarkdown(
      record,
      await loadProgress(
        record.key,
        record.fixes.map((f) => f.id),
      ),
    );
  const copy = async () => {
    try {
      await share.copy(await markdown());
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const download = async () => {
    share.download(markdownFileName(record.title), await markdown());
    setStatus(t('downloaded'));
  };
  const endConfirm = () => {
    focusReset.current = true;
    setConfirming(false);
  };
  const reset = async () => {
    await resetGuide(record.key);
    setStatus(t('progressCleared'));
    endConfirm();
  };

  return (
    <div class={`fl-actions${compact ? ' is-compact' : ''}`} data-fixlist="guide-actions">
      {confirming ? (
        <fieldset
          class="fl-confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              endConfirm();
            }
          }}
        >
          <legend>{t('confirmReset')}</legend>
          <button type="button" class={`${button} fl-danger`} data-fixlist="confirm-reset" onClick={() => void reset()}>
            {t('clearProgress')}
          </button>
          <button ref={cancelRef} type="button" class={button} onClick={endConfirm}>
            {t('cancel')}
          </button>
        </fieldset>
      ) : (
        <>
          <button
            type="button"
            class={button}
            data-fixlist="copy-markdown"
            aria-label={named(t('copyMarkdown'))}
            onClick={() => void copy()}
          >
            {t('copyMarkdown')}
          </button>
          <button
            type="button"
            class={button}
            data-fixlist="download-markdown"
            aria-label={named(t('downloadMarkdown'))}
            onClick={() => void download()}
          >
            {t('downloadMarkdown')}
          </button>
          <button
            ref={resetRef}
            type="button"
            class={button}
            aria-label={named(t('reset'))}
            data-fixlist="reset"
            onClick={() => {
              setStatus('');
              setConfirming(true);
            }}
          >
            {t('reset')}
          </button>
        </>
      )}
      <span class="fl-status" role="status">
        {status}
      </span>
    </div>
  );
}
