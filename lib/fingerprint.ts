import { hashText, normalizeText } from './text';

/**
 * A fix is known by its normalised title, not by the page: "Restart Your iPhone" is the same fix on
 * every site that copies it. A guide is known by its set of fixes, so re-published copies share progress.
 */
export function fixId(title: string): string {
  return `f${hashText(normalizeText(title))}`;
}

export function guideKey(fixIds: string[]): string {
  return `g${hashText([...fixIds].sort().join(' '))}`;
}
