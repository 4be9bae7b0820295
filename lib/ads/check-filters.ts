import { CosmeticFilter, parseFilter } from '@ghostery/adblocker';

/** Why a line of "My filters" was skipped: a key of public/_locales (the settings page words it). */
export type FilterProblem = 'filterNotParsed' | 'filterBadSelector' | 'filterScriptlet' | 'filterHasSpaces';

export interface FilterCheck {
  /** The lines the engine gets: filters that parse, comments and blank lines dropped. */
  accepted: string[];
  /** One entry per skipped line, numbered from 1 as the person sees them. */
  problems: { line: number; text: string; problem: FilterProblem }[];
}

function selectorProblem(selector: string): boolean {
  try {
    globalThis.document?.createDocumentFragment().querySelector(selector);
    return false;
  } catch {
    return true;
  }
}

function problemOf(line: string): FilterProblem | null {
  const filter = parseFilter(line);
  if (filter === null) return 'filterNotParsed';
  if (filter instanceof CosmeticFilter) {
    if (filter.isScriptInject()) return 'filterScriptlet';
    return selectorProblem(filter.getSelector()) ? 'filterBadSelector' : null;
  }
  // A network filter is one URL pattern: a space means a sentence or a typo, not a filter.
  return /\s/.test(line) ? 'filterHasSpaces' : null;
}

/** Check the person's own filters, line by line, in the syntax of the built-in lists. */
export function checkFilters(text: string): FilterCheck {
  const accepted: string[] = [];
  const problems: FilterCheck['problems'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('!') || (line.startsWith('[') && line.endsWith(']'))) return;
    const problem = problemOf(line);
    if (problem) problems.push({ line: index + 1, text: line, problem });
    else accepted.push(line);
  });
  return { accepted, problems };
}
