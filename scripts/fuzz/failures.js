// What counts as a failure, how failures are grouped into classes, and how each is saved to disk.
'use strict';

const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const FAILURES = new Set(['exception', 'internal-error', 'over-bound', 'crash']);
/** Mutations and generators that build stress shapes; an over-bound input is classed by the ones it used. */
const STRESS = /^(gen-|nest|flat-repeat|long-string|one-line|self-reference|repeat-sites|hostile-regex|duplicate|splice)/;

const isFailure = result => FAILURES.has(result.outcome);

/** A class key: the outcome plus the message with its numbers, quotes and file names blurred. */
function signature(input, result) {
  if (input.recipe[0] === 'replay') return `${result.outcome} ${path.basename(input.file)}`;
  if (result.outcome === 'over-bound') {
    const stress = [...new Set(input.recipe.filter(r => STRESS.test(r)))].sort();
    return `over-bound ${(stress.length ? stress : input.recipe).join('+') || 'unmutated'} (${ext(input.file)})`;
  }
  const message = (result.message ?? '')
    .replace(/^CORS Lens could not analyse .*?: /, '')
    .replace(/(["'`]).*?\1/g, '$1…$1')
    .replace(/\d+/g, 'N')
    .slice(0, 120);
  return `${result.outcome} ${message} (${ext(input.file)})`;
}

function ext(file) {
  return path.extname(file).slice(1) || 'none';
}

/** Writes the failing text and a JSON note beside it; returns the text's path. */
function saveFailure(dir, seed, input, result, sig, suffix = '') {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${result.outcome}-${input.index}${suffix}`);
  const file = `${base}.${ext(input.file)}`;
  writeFileSync(file, input.text);
  writeFileSync(`${base}.json`, JSON.stringify({
    seed, index: input.index, class: sig, outcome: result.outcome, ms: Math.round(result.ms), wallMs: Math.round(result.wallMs ?? result.ms), bytes: Buffer.byteLength(input.text),
    file: input.file, recipe: input.recipe, message: result.message, stack: result.stack,
    replay: `node scripts/fuzz.js --seed ${seed} --index ${input.index}`,
  }, null, 2) + '\n');
  return file;
}

module.exports = { isFailure, signature, saveFailure };
