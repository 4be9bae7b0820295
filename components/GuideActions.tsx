import { useEffect, useRef, useState } from 'preact/hooks';
import { guideMarkdown, markdownFileName } from '@/lib/guide-markdown';
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
}

/** A guide's own actions: copy or download it as Markdown; start it over (after a confirm step). */
export function GuideActions({ record, share = browserShare }: Props) {
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
      setStatus('Copied as Markdown.');
    } catch {
      setStatus('Could not copy: use Download instead.');
    }
  };
  const download = async () => {
    share.download(markdownFileName(record.title), await markdown());
    setStatus('Downloaded as Markdown.');
  };
  const endConfirm = () => {
    focusReset.current = true;
    setConfirming(false);
  };
  const reset = async () => {
    await resetGuide(record.key);
    setStatus('Progress cleared.');
    endConfirm();
  };

  return (
    <div class="fl-actions" data-fixlist="guide-actions">
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
          <legend>Clear every tick and outcome of this guide?</legend>
          <button type="button" class="fl-button fl-danger" data-fixlist="confirm-reset" onClick={() => void reset()}>
            Clear progress
          </button>
          <button ref={cancelRef} type="button" class="fl-button" onClick={endConfirm}>
            Cancel
          </button>
        </fieldset>
      ) : (
        <>
          <button type="button" class="fl-button" data-fixlist="copy-markdown" onClick={() => void copy()}>
            Copy as Markdown
          </button>
          <button type="button" class="fl-button" data-fixlist="download-markdown" onClick={() => void download()}>
            Download .md
          </button>
          <button
            ref={resetRef}
            type="button"
            class="fl-button"
            data-fixlist="reset"
            onClick={() => {
              setStatus('');
              setConfirming(true);
            }}
          >
            Reset…
          </button>
        </>
      )}
      <span class="fl-status" role="status">
        {status}
      </span>
    </div>
  );
}
