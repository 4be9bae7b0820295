import { cleanText } from '../text';
import type { Step } from '../types';
import { howToBlockFixes } from './read-howto-block';

/** One step of a schema.org HowTo: for a troubleshooting page, one fix and its directions. */
export interface HowToFix {
  title: string;
  steps: Step[];
  /** Where the fix is on the page, when the HowTo was read from it. */
  anchor: Element | null;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
const hasType = (node: Json, type: string) => asArray(node['@type']).includes(type);
const textOf = (v: unknown): string => (typeof v === 'string' ? cleanText(v) : isObject(v) ? textOf(v.text) : '');

/** Every JSON-LD object on the page, @graph members included; broken blocks are skipped. */
function jsonLdNodes(doc: Document): Json[] {
  const nodes: Json[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '');
      for (const item of asArray(data)) {
        if (!isObject(item)) continue;
        nodes.push(item, ...asArray(item['@graph']).filter(isObject));
      }
    } catch {
      // A site's malformed JSON-LD is its own problem; the headings still speak.
    }
  }
  return nodes;
}

/** HowToSteps in order, sections flattened. */
function stepsOf(node: Json): Json[] {
  return asArray(node.step ?? node.itemListElement)
    .filter(isObject)
    .flatMap((s) => (hasType(s, 'HowToSection') ? stepsOf(s) : [s]));
}

/** The steps of the page's schema.org HowTo JSON-LD, as fixes with their directions. */
function jsonLdFixes(doc: Document): HowToFix[] {
  const howTo = jsonLdNodes(doc).find((node) => hasType(node, 'HowTo'));
  if (!howTo) return [];
  return stepsOf(howTo)
    .map((step) => ({
      title: textOf(step.name) || textOf(step.text),
      steps: asArray(step.itemListElement)
        .map(textOf)
        .filter(Boolean)
        .map((text) => ({ text })),
      anchor: null,
    }))
    .filter((fix) => fix.title !== '');
}

/**
 * The page's how-to, as fixes: the how-to block SEO plugins render into the article (it is what the
 * reader sees, and it has anchors), else the schema.org HowTo they declare. Empty when there is neither.
 */
export function howToFixes(doc: Document): HowToFix[] {
  const block = howToBlockFixes(doc);
  return block.length >= 2 ? block : jsonLdFixes(doc);
}
