/**
 * How-to blocks that SEO plugins render into the article, as data: where the block is, where each step
 * is, and its name and text inside the step. A new plugin is a new entry here (and a fixture).
 */
export interface HowToBlockRule {
  /** The plugin, for whoever reads this list. */
  name: string;
  block: string;
  step: string;
  stepName: string;
  stepText: string;
}

export const howToBlockRules: HowToBlockRule[] = [
  {
    name: 'Yoast SEO how-to block',
    block: '.schema-how-to',
    step: '.schema-how-to-step',
    stepName: '.schema-how-to-step-name',
    stepText: '.schema-how-to-step-text',
  },
  {
    name: 'Rank Math how-to block',
    block: '.rank-math-howto',
    step: '.rank-math-step',
    stepName: '.rank-math-step-title',
    stepText: '.rank-math-step-content',
  },
];
