// Counts, timings and the slowest inputs of a run, and the summary printed at its end.
'use strict';

const BUCKETS = [1, 5, 20, 100, 250, 500, 1000]; // ms upper bounds; the last bucket is "over"

class Stats {
  constructor() {
    this.count = 0;
    this.outcomes = { ok: 0, skipped: 0, 'internal-error': 0, exception: 0, 'over-bound': 0, crash: 0 };
    this.times = [];
    this.bytes = 0;
    this.slowest = []; // top 5 { ms, bytes, index, file, recipe, outcome }
  }

  record(input, result) {
    this.count++;
    this.outcomes[result.outcome] = (this.outcomes[result.outcome] ?? 0) + 1;
    this.times.push(result.ms);
    const bytes = Buffer.byteLength(input.text);
    this.bytes += bytes;
    if (this.slowest.length < 5 || result.ms > this.slowest[4].ms) {
      this.slowest.push({ ms: result.ms, bytes, index: input.index, file: input.file, recipe: input.recipe, outcome: result.outcome });
      this.slowest.sort((a, b) => b.ms - a.ms).splice(5);
    }
  }

  finish(seconds, restarts, abandoned = 0) {
    this.seconds = seconds;
    this.restarts = restarts;
    this.abandoned = abandoned;
  }

  get failures() {
    const o = this.outcomes;
    return o.exception + o['internal-error'] + o['over-bound'] + o.crash;
  }

  progressLine(seconds) {
    const o = this.outcomes;
    return `${this.count} inputs, ${(this.count / seconds).toFixed(0)}/s; exceptions ${o.exception}, over-bound ${o['over-bound']}, ` +
      `internal-error skips ${o['internal-error']}, crashes ${o.crash}`;
  }

  percentile(p) {
    const sorted = this.sortedTimes ??= Float64Array.from(this.times).sort();
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : 0;
  }

  histogram() {
    const counts = Array(BUCKETS.length + 1).fill(0);
    for (const t of this.times) {
      const i = BUCKETS.findIndex(b => t < b);
      counts[i < 0 ? BUCKETS.length : i]++;
    }
    return counts.map((n, i) => [i < BUCKETS.length ? `< ${BUCKETS[i]} ms` : `>= ${BUCKETS[BUCKETS.length - 1]} ms`, n]);
  }

  /** The end-of-run report, as lines. */
  summary(boundMs) {
    const o = this.outcomes;
    const ms = x => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
    const lines = [
      `inputs run: ${this.count} in ${this.seconds.toFixed(1)} s (${(this.count / this.seconds).toFixed(1)} inputs/s), ` +
        `mean size ${(this.bytes / Math.max(1, this.count) / 1024).toFixed(1)} KB, worker restarts ${this.restarts}` +
        (this.abandoned ? ` (${this.abandoned} could not be stopped and were left running)` : ''),
      `outcomes: ok ${o.ok}, skipped ${o.skipped}; failures: exceptions ${o.exception}, over-bound (> ${boundMs} ms) ${o['over-bound']}, ` +
        `internal-error skips ${o['internal-error']}, worker crashes ${o.crash}`,
      `time per input: p50 ${ms(this.percentile(0.5))}, p90 ${ms(this.percentile(0.9))}, p99 ${ms(this.percentile(0.99))}, ` +
        `p99.9 ${ms(this.percentile(0.999))}, max ${ms(this.percentile(1))}`,
      `distribution: ${this.histogram().map(([label, n]) => `${label}: ${n}`).join(', ')}`,
      'slowest 5:',
      ...this.slowest.map(s => `  ${ms(s.ms)}  ${(s.bytes / 1024).toFixed(1)} KB  #${s.index} ${s.outcome}  ${s.recipe.join('+')}  ${s.file}`),
    ];
    return lines;
  }
}

module.exports = { Stats };
