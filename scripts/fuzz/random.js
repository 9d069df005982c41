// A small seeded generator: every fuzz input is rebuilt from (seed, index) alone, so a failure found
// after an hour is replayed with `--seed S --index I` without running the inputs before it.
'use strict';

/** mulberry32: fast, 32-bit state, good enough to pick mutations (not for anything secret). */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mix(seed, index) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2f) ^ (h >>> 13);
}

class Random {
  constructor(seed, index = 0) {
    this.next = mulberry32(mix(seed >>> 0, index >>> 0));
  }
  /** Integer in [lo, hi]. */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** Integer in [lo, hi], small values as likely as large ones by order of magnitude. */
  logInt(lo, hi) {
    return Math.min(hi, Math.floor(Math.exp(Math.log(lo) + this.next() * (Math.log(hi + 1) - Math.log(lo)))));
  }
  pick(xs) {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  /** One of `entries` ([weight, value]) in proportion to its weight. */
  weighted(entries) {
    const total = entries.reduce((n, [w]) => n + w, 0);
    let r = this.next() * total;
    for (const [w, v] of entries) if ((r -= w) < 0) return v;
    return entries[entries.length - 1][1];
  }
}

module.exports = { Random };
