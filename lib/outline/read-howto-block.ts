import { notContentSelector, parseFixHeading } from '../rules/fix-headings';
import { howToBlockRules } from '../rules/howto-blocks';
import { cleanText } from '../text';
import type { HowToFix } from './read-howto';
import { stepsOf } from './sub-steps';

/**
 * The steps of a how-to block an SEO plugin rendered into the article (Yoast's `.schema-how-to`, Rank
 * Math's `.rank-math-howto`), as fixes: the step's name is the fix, numbered lines or lists in its text are
 * its sub-steps. Read from the page itself, so it works on copies that lost the plugin's JSON-LD.
 * To see one: any WordPress post with a Yoast "How-to" block, `ol.schema-how-to-steps`.
 */
export function howToBlockFixes(doc: Document): HowToFix[] {
  for (const rule of howToBlockRules) {
    for (const block of doc.querySelectorAll(rule.block)) {
      if (block.closest(notContentSelector)) continue;
      const fixes: HowToFix[] = [];
      for (const step of block.querySelectorAll(rule.step)) {
        const name = cleanText(step.querySelector(rule.stepName)?.textContent);
        // "Step 2: Clear the cache" names the fix "Clear the cache", as a numbered heading would.
        const title = parseFixHeading(name)?.title ?? name;
        if (title) fixes.push({ title, steps: stepsOf([...step.querySelectorAll(rule.stepText)]), anchor: step });
      }
      if (fixes.length >= 2) return fixes;
    }
  }
  return [];
}
