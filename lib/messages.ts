import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageState } from './types';

/**
 * Every message Fixlist sends, typed once: request data in, reply out (@webext-core/messaging checks
 * the pairing at compile time; the handlers check the data at run time, as senders can be anything).
 */
export interface FixlistProtocol {
  /** popup -> background: load the pipeline into this tab and make a checklist whatever the verdict. */
  'fixlist:make-checklist'(data: { tabId: number }): boolean;
  /** popup -> tab: what did you find? */
  'fixlist:page-state'(): PageState;
  /** popup or background -> tab: show the checklist even though the page did not open it by itself. */
  'fixlist:open-sidebar'(): PageState;
  /** background -> tab (keyboard shortcut): open the checklist, or collapse it if open. */
  'fixlist:toggle-sidebar'(): PageState;
  /** guide script -> background: this tab now shows this guide (for the toolbar badge); null when it stops. */
  'fixlist:guide-shown'(data: GuideShown): boolean;
  /** guide script -> background: hide these ad selectors in my frame with a user stylesheet (CSP-proof). */
  'fixlist:hide-ads'(data: AdCss): boolean;
  /** guide script -> background: take that stylesheet away again (single-page navigation). */
  'fixlist:unhide-ads'(data: AdCss): boolean;
}

export interface AdCss {
  css: string;
}

export interface GuideShown {
  guideKey: string | null;
  fixIds: string[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<FixlistProtocol>();

/** The payload checks (sizes as the pipeline can produce them; anything else is refused). */
export const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

export function isGuideShown(value: unknown): value is GuideShown {
  const v = value as GuideShown | null;
  return (
    !!v &&
    (v.guideKey === null || (typeof v.guideKey === 'string' && v.guideKey.length > 0 && v.guideKey.length <= 200)) &&
    Array.isArray(v.fixIds) &&
    v.fixIds.length <= 200 &&
    v.fixIds.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 200)
  );
}

/** A hiding stylesheet as the guide script builds it: selectors with `display: none`, bounded in size. */
export function isAdCss(value: unknown): value is AdCss {
  const css = (value as AdCss | null)?.css;
  return typeof css === 'string' && css.length > 0 && css.length <= 500_000;
}
