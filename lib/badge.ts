import { guideStatus } from './fix-progress';
import { t, tn } from './i18n';
import type { ProgressMap } from './types';

/**
 * The toolbar badge of a tab showing a guide: how many fixes are still untried. Empty when the tab
 * shows no guide or the guide is solved (nothing left to nag about). Badges fit about four characters.
 */
export function badgeText(fixIds: string[], progress: ProgressMap): string {
  if (fixIds.length === 0) return '';
  const { tried, total, solvedBy } = guideStatus(fixIds, progress);
  if (solvedBy) return '';
  const left = total - tried;
  return left > 99 ? '99+' : String(left);
}

/** The badge's tooltip, for people who cannot see the badge. */
export function badgeTitle(fixIds: string[], progress: ProgressMap): string {
  if (fixIds.length === 0) return t('badgeTitleNone');
  const { tried, total, solvedBy } = guideStatus(fixIds, progress);
  if (solvedBy) return t('badgeTitleSolved');
  return tn('badgeTitleLeft', total - tried, total);
}
