// Delta debugging (ddmin) of a failing input under a time budget: first by lines, then by tokens,
// keeping a smaller text only while it still fails the same way.
'use strict';

const { performance } = require('node:perf_hooks');
const { tokenize } = require('./tokens');

/**
 * @param {(text: string) => Promise<boolean>} stillFails
 * @returns {Promise<{ text: string, tests: number }>}
 */
async function minimise(text, stillFails, budgetMs) {
  const deadline = performance.now() + budgetMs;
  let tests = 0;
  const test = async parts => (tests++, stillFails(parts.join('')));
  let parts = text.split(/(?<=\n)/);
  parts = await ddmin(parts, test, deadline);
  if (performance.now() < deadline) parts = await ddmin(tokenize(parts.join('')), test, deadline);
  return { text: parts.join(''), tests };
}

async function ddmin(parts, test, deadline) {
  let n = 2;
  while (parts.length >= 2 && performance.now() < deadline) {
    const size = Math.ceil(parts.length / n);
    let reduced = false;
    for (let start = 0; start < parts.length && performance.now() < deadline; start += size) {
      const complement = parts.slice(0, start).concat(parts.slice(start + size));
      if (complement.length && (await test(complement))) {
        parts = complement;
        n = Math.max(n - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (n >= parts.length) break;
      n = Math.min(parts.length, n * 2);
    }
  }
  return parts;
}

module.exports = { minimise };
