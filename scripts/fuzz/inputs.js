// Input number `index` of run `seed`: a fixture mutated by one to three stacked mutations, or a
// generated stress file, cut to the byte limit. Pure: the same (seed, index) always gives the same input.
'use strict';

const { Random } = require('./random');
const { MUTATORS } = require('./mutators');
const { GENERATORS } = require('./generators');

const MUTATOR_TABLE = MUTATORS.map(([w, name, fn]) => [w, { name, fn }]);
const GENERATOR_TABLE = GENERATORS.map(([w, name, fn]) => [w, { name, fn }]);

/**
 * { index, file, text, recipe: string[] }; `file` is the seed's path, so imports resolve beside it.
 * `only` (a Set of mutator and generator names) narrows a run to those, e.g. the cheap token edits.
 */
function makeInput(seed, index, corpus, maxBytes, only) {
  const rng = new Random(seed, index);
  const mutators = only ? MUTATOR_TABLE.filter(([, m]) => only.has(m.name)) : MUTATOR_TABLE;
  const generators = only ? GENERATOR_TABLE.filter(([, g]) => only.has(g.name)) : GENERATOR_TABLE;
  if (generators.length && (rng.chance(0.04) || !mutators.length)) {
    const g = rng.weighted(generators);
    const { file, text } = g.fn(rng);
    return { index, file: `/fuzz/${file}`, text: capBytes(text, maxBytes), recipe: [g.name] };
  }
  const source = rng.pick(corpus);
  let text = source.text;
  const recipe = [];
  const steps = rng.weighted([[2, 0], [60, 1], [28, 2], [10, 3]]);
  for (let tries = 0; recipe.length < steps && tries < steps * 4; tries++) {
    if (!mutators.length) break;
    const m = rng.weighted(mutators);
    const out = m.fn(rng, { text, lang: source.lang, corpus });
    if (out === undefined || out === text) continue;
    text = capBytes(out, maxBytes);
    recipe.push(m.name);
  }
  return { index, file: source.file, text, recipe };
}

/** The text cut to at most `maxBytes` of UTF-8, at a line end when there is one in the last tenth. */
function capBytes(text, maxBytes) {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let cut = text.slice(0, maxBytes);
  while (Buffer.byteLength(cut) > maxBytes) cut = cut.slice(0, cut.length - Math.ceil((Buffer.byteLength(cut) - maxBytes) / 4) - 1);
  const nl = cut.lastIndexOf('\n');
  return nl > cut.length * 0.9 ? cut.slice(0, nl + 1) : cut;
}

const NAMES = [...MUTATOR_TABLE, ...GENERATOR_TABLE].map(([, x]) => x.name);

module.exports = { makeInput, capBytes, NAMES };
