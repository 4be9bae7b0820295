import type { Outline } from '../outline/types';
import { normalizeText } from '../text';

/** The heading in the article that carries `title`, for "scroll to"; null when none does. */
export function headingFor(outline: Outline, title: string): Element | null {
  const wanted = normalizeText(title);
  return outline.headings.find((h) => h.folded === wanted)?.el ?? null;
}
