import { toNumber } from '../rules/fix-headings';
import { MAX_STEP_LINE, stepLinePattern } from '../rules/step-lines';
import { cleanText, readableText } from '../text';
import type { Step } from '../types';

function stepOf(el: Element): Step {
  const text = readableText(el);
  const link = [...el.querySelectorAll('a[href]')].find((a) => /^https?:\/\//i.test(a.getAttribute('href') ?? ''));
  return link ? { text, href: link.getAttribute('href') as string } : { text };
}

/**
 * A paragraph's (or list item's) lines: `<br>` splits one into several, as plain-text and Blogger posts write
 * steps. Blocks inside a list item are steps of their own, not its lines.
 */
function linesOf(p: Element): string[] {
  const lines = [''];
  for (const node of p.childNodes) {
    if (/^(?:UL|OL|P|DIV)$/.test(node.nodeName)) lines.push('');
    else if (node.nodeName === 'BR') lines.push('');
    else lines[lines.length - 1] += node.textContent ?? '';
  }
  return lines.map((line) => cleanText(line)).filter(Boolean);
}

/** The step number a line opens with, or null: plain prose opens with none. */
function stepNumber(line: string): number | null {
  // A numbered question is an FAQ entry, not something to do.
  if (line.length > MAX_STEP_LINE || /[?？]$/.test(line)) return null;
  const match = stepLinePattern.exec(line);
  const raw = match?.slice(1, -1).find((group) => group !== undefined);
  return raw === undefined ? null : toNumber(raw);
}

/**
 * Numbered lines count as steps only as a run 1, 2, 3… (two at least); unnumbered lines between them
 * (a note, a caption) neither count nor break the run, and a 1 starts the next run. Runs hold their place
 * among the list items, so the steps keep page order.
 */
type Entry = Step | Step[];

function addLine(entries: Entry[], runs: Step[][], line: string, step: () => Step): void {
  const n = stepNumber(line);
  if (n === null) return;
  if (n === 1) {
    const run: Step[] = [];
    runs.push(run);
    entries.push(run);
  }
  const run = runs[runs.length - 1];
  if (run && n === run.length + 1) run.push(step());
}

/**
 * A fix's own sub-steps, in page order: the items of the lists in its section (not lists nested in their
 * items), and runs of numbered paragraphs or lines ("1 - Open WhatsApp", "Step 2: …", "<strong>3.</strong> …").
 */
export function stepsOf(section: Element[]): Step[] {
  const entries: Entry[] = [];
  const runs: Step[][] = [];
  for (const el of section) {
    // A fix's own list item (a lead-in's): its numbered lines; the lists inside it come as their own blocks.
    if (el.tagName === 'LI') {
      const lines = linesOf(el);
      for (const line of lines) addLine(entries, runs, line, () => ({ text: line }));
      continue;
    }
    const blocks = el.matches('ol, ul, p') ? [el] : el.querySelectorAll('ol, ul, p');
    for (const block of blocks) {
      // A list or paragraph inside an item of the section is part of that item; the fix's own item (list-item fixes)
      // is not. Navigation, sidebars and comments never reach here: the outline left them out.
      const item = block.parentElement?.closest('li');
      if (item && el.contains(item)) continue;
      if (block.tagName === 'P') {
        const lines = linesOf(block);
        for (const line of lines)
          addLine(entries, runs, line, () => (lines.length === 1 ? stepOf(block) : { text: line }));
        continue;
      }
      for (const li of block.children) if (li.tagName === 'LI' && cleanText(li.textContent)) entries.push(stepOf(li));
    }
  }
  return entries.flatMap((entry) => (Array.isArray(entry) ? (entry.length >= 2 ? entry : []) : [entry]));
}
