// The fuzz harness (scripts/fuzz) must itself catch hangs: an input that busy-loops in the worker is
// stopped at the bound, reported and saved, its worker replaced, and the inputs after it still run.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
// Plain JavaScript run by `npm run fuzz`; required at run time, so the test exercises the same file.
const { runFuzz } = require(path.join(ROOT, 'scripts', 'fuzz', 'harness.js'));

interface Outcome {
  readonly index: number;
  readonly outcome: string;
  readonly ms: number;
}

describe('fuzz harness', function () {
  this.timeout(120_000);

  it('stops an input that runs past the bound, reports it, replaces the worker and runs the rest', async () => {
    const artifacts = mkdtempSync(path.join(tmpdir(), 'cors-lens-fuzz-'));
    const HUNG = 5;
    try {
      const seen: Outcome[] = [];
      const { stats, classes } = await runFuzz({
        seed: 11, inputs: 24, boundMs: 400, batchSize: 8, artifacts, minimiseTotalSeconds: 0, keepPerClass: 24,
        busyAt: { [HUNG]: 5000 },
        onResult: (input: { index: number }, result: { outcome: string; ms: number }) => seen.push({ index: input.index, ...result }),
      });

      const hung = seen.find(r => r.index === HUNG);
      assert.equal(hung?.outcome, 'over-bound');
      // Stopped at the bound: waiting for the busy loop to end would have taken 5 s.
      assert.ok(hung.ms >= 400 && hung.ms < 2500, `stopped after ${hung.ms} ms`);
      assert.ok(stats.restarts >= 1, 'the hung worker was replaced');
      assert.equal(stats.count, 24);
      assert.deepEqual(seen.map(r => r.index), [...Array(24).keys()], 'every input ran once, in order');
      assert.ok(seen.some(r => r.index > HUNG && r.outcome === 'ok'), 'inputs after the hang ran on the new worker');

      assert.ok(stats.failures >= 1);
      assert.ok(stats.summary(400).some((l: string) => /over-bound \(> 400 ms\) [1-9]/.test(l)));
      const saved = path.join(artifacts, 'seed-11', `over-bound-${HUNG}.json`);
      assert.ok(existsSync(saved), 'the hung input is saved');
      const note = JSON.parse(readFileSync(saved, 'utf8'));
      assert.equal(note.index, HUNG);
      assert.equal(note.seed, 11);
      assert.ok(classes.some((c: { sig: string; saved: string[] }) => c.saved.some(f => f.includes(`over-bound-${HUNG}.`))));
    } finally {
      rmSync(artifacts, { recursive: true, force: true });
    }
  });
});
