#!/usr/bin/env node
/**
 * Turns every page of the shared corpus into a fixture folder, tests/fixtures/pages/<slug>/, holding
 * page.html and expected.json (see tests/fixtures/README.md for the fields).
 *
 *   node scripts/import-corpus.mjs [corpus dir, default ../shared/corpus]
 *
 * Labels, fix titles and sub-step counts come from the corpus MANIFEST; ad and content expectations
 * from the raw HTML (scripts/fixture-expectations.mjs), never from lib/.
 * Re-running the script rewrites the corpus folders; hand-written fixtures (other slugs) are untouched.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectationsOf } from './fixture-expectations.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const project = resolve(here, '..');
const corpus = resolve(process.argv[2] ?? join(project, '..', 'shared', 'corpus'));
const outDir = join(project, 'tests', 'fixtures', 'pages');

const clean = (text) => (text ?? '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();

function parseManifest() {
  const [head, ...lines] = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').split('\n');
  const columns = head.split('\t');
  return lines
    .filter((line) => line.trim())
    .map((line) => {
      // Quoted cells ("…""…") come from a spreadsheet export: unquote them.
      const cells = line.split('\t').map((c) => (/^".*"$/s.test(c) ? c.slice(1, -1).replace(/""/g, '"') : c));
      return Object.fromEntries(columns.map((name, i) => [name, cells[i] ?? '']));
    });
}

function slugOf(row, taken) {
  const seed = /^\.\.\/seeds\/(\d+)_/.exec(row.file);
  if (seed) return `seed-${seed[1]}`;
  let slug = basename(row.file).replace(/\.(md|html?)$/i, '');
  if (taken.has(slug)) slug += `-${row.file.split('.').pop()}`;
  return slug;
}

/** "sub-steps: fix1 ol(3); fix2 ol(3)+ol(3, after …); fix4 none (prose)" -> [3, 6, …, 0]. */
function stepCountsOf(notes, fixCount) {
  const section = /sub-steps:([^.]*(?:\.[^ A-Z][^.]*)*)/.exec(notes)?.[1];
  if (!section) return undefined;
  const counts = [];
  for (const part of section.split(';')) {
    const match = /\bfix\s*(\d+)\s+(.*)/i.exec(part.trim());
    if (!match) continue;
    const lists = [...match[2].matchAll(/\b[ou]l\((\d+)/g)].map((m) => Number(m[1]));
    counts[Number(match[1]) - 1] = lists.reduce((a, b) => a + b, 0);
  }
  if (counts.length !== fixCount || counts.some((c) => c === undefined)) return undefined;
  return counts;
}

const rows = parseManifest();
const stepsByCluster = new Map();
for (const row of rows) {
  const cluster = /cluster=([\w-]+)/.exec(row.notes)?.[1];
  const steps = stepCountsOf(row.notes, Number(row.fix_count));
  if (cluster && steps) stepsByCluster.set(`${cluster} ${row.fix_titles}`, steps);
}

mkdirSync(outDir, { recursive: true });
const taken = new Set();
let written = 0;
for (const row of rows) {
  const source = row.rendered || row.file;
  const path = join(corpus, source);
  if (!existsSync(path) || !/\.html?$/i.test(source)) {
    console.warn(`skip ${row.file}: no HTML (${source})`);
    continue;
  }
  const slug = slugOf(row, taken);
  taken.add(slug);
  const autoOpen = row.auto_open === 'yes';
  const cluster = /cluster=([\w-]+)/.exec(row.notes)?.[1];
  const fixTitles = autoOpen ? row.fix_titles.split(' | ').map(clean) : [];
  // Copies of one article share their sub-step counts: a page whose notes omit them takes its cluster's.
  const stepCounts = autoOpen
    ? (stepCountsOf(row.notes, fixTitles.length) ?? stepsByCluster.get(`${cluster} ${row.fix_titles}`))
    : undefined;
  const raw = readFileSync(path, 'utf8');
  const expected = {
    slug,
    origin: row.origin,
    corpusFile: row.file,
    ...(row.rendered ? { rendered: `${row.rendered} (Hexo 8 + hexo-theme-redefine render of the source)` } : {}),
    label: row.label,
    autoOpen,
    fixTitles,
    ...(stepCounts ? { stepCounts } : {}),
    ...(cluster ? { cluster } : {}),
    notes: row.notes,
    ...expectationsOf(raw, row.label),
  };
  const dir = join(outDir, slug);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), raw);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  written++;
}
console.log(`${written} fixtures written to ${outDir}`);
