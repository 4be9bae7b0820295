import { type MessageKey, t } from '../i18n';
import type { FixRun, FixStructure } from '../outline/types';

const MESSAGES: Record<FixStructure, MessageKey> = {
  numbered: 'reasonFixHeadings',
  'list-items': 'reasonFixListItems',
  unnumbered: 'reasonFixUnnumbered',
  'platform-groups': 'reasonFixPlatformGroups',
  'causes-then-solutions': 'reasonFixAfterCauses',
  'lead-ins': 'reasonFixLeadIns',
  checklist: 'reasonFixChecklist',
  howto: 'reasonHowToSteps',
};
/** An end heading is page text: shown (as text) only as far as a person needs to recognise it. */
const MAX_END = 60;

/** "6 unnumbered fix headings, up to 'Conclusioni'": the structure the verdict found, for "Why this page?". */
export function structureReason(run: FixRun): string {
  const found = t(MESSAGES[run.structure], run.headings.length);
  if (!run.endsAt) return found;
  const end = run.endsAt.length > MAX_END ? `${run.endsAt.slice(0, MAX_END - 1)}…` : run.endsAt;
  return `${found} ${t('reasonFixesEndAt', end)}`;
}
