import type { FixHeading, FixStructure, Outline } from './types';

/** Placeholder until the unnumbered structures land. */
export function unnumberedRuns(_outline: Outline): { headings: FixHeading[]; structure: FixStructure }[] {
  return [];
}
