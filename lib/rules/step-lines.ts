/**
 * How articles number the sub-steps they write as paragraphs (or `<br>` lines) instead of a list, as data.
 * "1 - Open WhatsApp", "1) Open…", "1. Open…", "Step 1: Open…", "第1步：打开…", "步骤一：…".
 */
export const stepWords = ['step', 'paso', 'passo', 'etapa', 'schritt', 'étape', 'etape', 'adım', '步骤', '步驟'];

const WORD = `(?:${stepWords.join('|')})`;
const NUMBER = '([0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})';
const ASCII_NUMBER = '([0-9０-９]{1,2})';

/** A numbered line: the number, then the step's own text. A bare number needs its punctuation. */
export const stepLinePattern = new RegExp(
  `^\\s*(?:${WORD}\\s*${NUMBER}\\s*[.:)：、\\-–—]?|${ASCII_NUMBER}\\s*(?:[.)：、](?![0-9])|[-–—]\\s|:\\s)|第\\s*${NUMBER}\\s*步\\s*[.:：、]?)\\s*(\\S.*)$`,
  'iu',
);

/** Longer than this, a numbered paragraph is prose that happens to open with a number. */
export const MAX_STEP_LINE = 400;
