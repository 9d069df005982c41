// Runs analyses in worker threads so the extension host's thread (shared by every extension of the
// window) only sends text and receives plain data. Never imports `vscode`: unit tests drive it directly.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { AnalysisResult } from '../../analysis/analyze';
import type { AnalyzeRequest, WorkerMessage } from '../../worker/protocol';

/** What an analysis needs, without the parts the pool adds (request id, unsaved texts). */
export type AnalysisRequest = Omit<AnalyzeRequest, 'id' | 'unsaved'>;

export interface AnalysisJob {
  /** Jobs with the same key replace each other: only the newest one is worth finishing. */
  readonly key: string;
  /** Typing in an open editor goes before the background scan. */
  readonly urgent: boolean;
  readonly request: AnalysisRequest;
}

export type Outcome =
  /** `read`: the other files the analysis read, with the texts it saw. */
  | { readonly kind: 'done'; readonly result: AnalysisResult; readonly read: ReadonlyMap<string, string> }
  /** A newer job with the same key arrived; this one's result is never published. */
  | { readonly kind: 'superseded' }
  /** The analysis was stopped (time limit, worker crash); `reason` is one sentence naming the file. */
  | { readonly kind: 'stopped'; readonly reason: string };

/** An editor's unsaved text of a local file; `owner` and `version` tell whether it changed since sent. */
export interface UnsavedText {
  readonly file: string;
  readonly owner: object;
  readonly version: number;
  text(): string;
}

export interface AnalysisLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface WorkerPoolOptions {
  /** The bundled worker entry (dist/analysis-worker.js). */
  readonly workerFile: string;
  readonly log: AnalysisLog;
  /** Unsaved texts the analyses should read instead of the disk. */
  readonly unsaved: () => Iterable<UnsavedText>;
  /** Where analyses run when no worker can start (no worker_threads, missing entry file). */
  readonly inProcess: (request: AnalysisRequest) => Promise<{ result: AnalysisResult; read: ReadonlyMap<string, string> }>;
  readonly timeLimitMs?: number;
  readonly supersededGraceMs?: number;
  readonly largeChars?: number;
}

/** Past this an analysis is stuck (a minified bundle, a pathological input): the worker is replaced. */
export const TIME_LIMIT_MS = 10_000;
/** How long an outdated analysis may keep a newer one of the same file waiting before its worker is replaced. */
const SUPERSEDED_GRACE_MS = 2_000;
/** Files this large get their own worker, so one of them never holds up the small files being edited. */
const LARGE_CHARS = 200_000;
/** A worker that dies this many times before it is ready cannot run here. */
const STARTUP_ATTEMPTS = 2;

interface Pending {
  readonly id: number;
  readonly job: AnalysisJob;
  readonly resolve: (outcome: Outcome) => void;
}

interface Running extends Pending {
  readonly startedAt: number;
  superseded: boolean;
  timers: NodeJS.Timeout[];
}

export interface PoolStatus {
  readonly mode: 'worker' | 'in-process';
  /** Files being analysed now. */
  readonly running: readonly string[];
  /** Files whose analysis was stopped at the time limit, oldest first. */
  readonly stopped: readonly string[];
  readonly restarts: number;
}

/**
 * Two lanes, each one worker analysing one job at a time: files under `largeChars` and the large ones.
 * Queued jobs are replaced by newer ones of the same key before they start; a running one that is
 * replaced finishes unseen, or has its worker terminated when it keeps the newer job waiting too long.
 */
export class AnalysisWorkerPool {
  private readonly lanes: [Lane, Lane];
  private nextId = 1;
  private fallbackReason?: string;
  private startupFailures = 0;
  private disposed = false;
  readonly stopped: string[] = [];
  restarts = 0;

  constructor(readonly options: WorkerPoolOptions) {
    this.lanes = [new Lane(this, 'small'), new Lane(this, 'large')];
    if (!existsSync(options.workerFile)) this.fallBack(`${options.workerFile} is missing`);
  }

  get timeLimitMs(): number {
    return this.options.timeLimitMs ?? TIME_LIMIT_MS;
  }

  get supersededGraceMs(): number {
    return this.options.supersededGraceMs ?? SUPERSEDED_GRACE_MS;
  }

  get inProcess(): boolean {
    return this.fallbackReason !== undefined;
  }

  analyze(job: AnalysisJob): Promise<Outcome> {
    if (this.disposed) return Promise.resolve({ kind: 'superseded' });
    for (const lane of this.lanes) lane.supersede(job.key);
    const lane = job.request.text.length >= (this.options.largeChars ?? LARGE_CHARS) ? this.lanes[1] : this.lanes[0];
    return new Promise(resolve => lane.enqueue({ id: this.nextId++, job, resolve }));
  }

  status(): PoolStatus {
    return {
      mode: this.inProcess ? 'in-process' : 'worker',
      running: this.lanes.flatMap(l => l.runningFile ?? []),
      stopped: [...this.stopped],
      restarts: this.restarts,
    };
  }

  /** A worker died before it was ready; after a second time analyses stay on this thread. */
  startupFailed(reason: string): void {
    if (++this.startupFailures >= STARTUP_ATTEMPTS) this.fallBack(reason);
  }

  workerReady(): void {
    this.startupFailures = 0;
  }

  fallBack(reason: string): void {
    if (this.fallbackReason !== undefined) return;
    this.fallbackReason = reason;
    this.options.log.warn(`CORS Lens analyses files on the extension host's thread: its analysis worker cannot run here (${reason}).`);
  }

  dispose(): void {
    this.disposed = true;
    for (const lane of this.lanes) lane.dispose();
  }
}

/** One worker and its queue. */
class Lane {
  private worker?: Worker;
  private ready = false;
  /** The unsaved texts this worker holds: file → the editor document and version they came from. */
  private readonly sent = new Map<string, { owner: object; version: number }>();
  private readonly queue: Pending[] = [];
  private current?: Running;

  constructor(private readonly pool: AnalysisWorkerPool, private readonly name: string) {}

  get runningFile(): string | undefined {
    return this.current?.job.request.file;
  }

  enqueue(p: Pending): void {
    // Urgent jobs go after the urgent ones already waiting, before any background job.
    const at = p.job.urgent ? this.queue.findIndex(q => !q.job.urgent) : -1;
    if (at === -1) this.queue.push(p);
    else this.queue.splice(at, 0, p);
    this.pump();
  }

  supersede(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].job.key !== key) continue;
      this.queue[i].resolve({ kind: 'superseded' });
      this.queue.splice(i, 1);
    }
    const running = this.current;
    if (!running || running.superseded || running.job.key !== key) return;
    running.superseded = true;
    running.resolve({ kind: 'superseded' });
    if (this.pool.inProcess) return; // an analysis on this thread cannot be interrupted
    running.timers.push(setTimeout(() => {
      if (this.current !== running) return;
      const ms = Math.round(performance.now() - running.startedAt);
      this.pool.options.log.info(`Abandoned the analysis of an older version of ${running.job.request.file} after ${ms} ms `
        + 'so the newer one can start; the analysis worker was restarted.');
      this.replaceWorker();
    }, this.pool.supersededGraceMs));
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    const running: Running = { ...next, startedAt: performance.now(), superseded: false, timers: [] };
    this.current = running;
    if (this.pool.inProcess) {
      this.pool.options.inProcess(next.job.request).then(
        ({ result, read }) => this.finish(running, { kind: 'done', result, read }),
        (err: Error) => this.finish(running, { kind: 'stopped', reason: `CORS Lens could not analyse ${next.job.request.file}: ${err.message}` }),
      );
      return;
    }
    const worker = this.worker ?? this.spawn();
    if (!worker) {
      // Spawning failed and the pool fell back: run the job on this thread.
      this.current = undefined;
      this.queue.unshift(next);
      this.pump();
      return;
    }
    // A new worker's start-up (loading its bundle) does not count against the job's time limit.
    if (this.ready) this.armTimeLimit(running);
    const request: AnalyzeRequest = { ...next.job.request, id: next.id, unsaved: this.unsavedChanges(next.job.request.file) };
    worker.postMessage(request);
  }

  private armTimeLimit(running: Running): void {
    running.timers.push(setTimeout(() => this.timeOut(running), this.pool.timeLimitMs));
  }

  private finish(running: Running, outcome: Outcome): void {
    if (this.current !== running) return;
    for (const t of running.timers) clearTimeout(t);
    this.current = undefined;
    if (!running.superseded) running.resolve(outcome);
    this.pump();
  }

  private timeOut(running: Running): void {
    if (this.current !== running) return;
    const file = running.job.request.file;
    const reason = `CORS Lens stopped analysing ${file}: it took longer than ${this.pool.timeLimitMs / 1000} s. `
      + 'The analysis worker was restarted; other files are analysed as before.';
    this.pool.options.log.warn(reason);
    this.pool.stopped.push(file);
    this.replaceWorker();
    this.finish(running, { kind: 'stopped', reason });
  }

  /** The unsaved texts that changed since this worker last heard; the analysed file's own text travels as the job. */
  private unsavedChanges(analysed: string): Array<[string, string | null]> {
    const changes: Array<[string, string | null]> = [];
    const now = new Set<string>();
    for (const u of this.pool.options.unsaved()) {
      if (u.file === analysed) continue;
      now.add(u.file);
      const had = this.sent.get(u.file);
      if (had?.owner === u.owner && had.version === u.version) continue;
      changes.push([u.file, u.text()]);
      this.sent.set(u.file, { owner: u.owner, version: u.version });
    }
    for (const file of this.sent.keys()) {
      if (now.has(file) || file === analysed) continue;
      changes.push([file, null]);
      this.sent.delete(file);
    }
    return changes;
  }

  private spawn(): Worker | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.pool.options.workerFile, {
        name: `cors-lens-analysis-${this.name}`,
        // A hostile file must not take the extension host's memory with it.
        resourceLimits: { maxOldGenerationSizeMb: 512 },
      });
    } catch (err) {
      this.pool.fallBack((err as Error).message);
      return undefined;
    }
    this.worker = worker;
    this.ready = false;
    this.sent.clear();
    let lastError: Error | undefined;
    worker.on('message', (m: WorkerMessage) => {
      if (worker !== this.worker) return;
      if (m.kind === 'ready') {
        this.ready = true;
        this.pool.workerReady();
        if (this.current) this.armTimeLimit(this.current);
        return;
      }
      const running = this.current;
      if (!running || running.id !== m.id) return;
      if (m.kind === 'result') this.finish(running, { kind: 'done', result: m.result, read: new Map(m.read) });
      else this.finish(running, { kind: 'stopped', reason: `CORS Lens could not analyse ${running.job.request.file}: ${m.message}` });
    });
    worker.on('error', err => { lastError = err; });
    worker.on('exit', code => {
      if (worker !== this.worker) return; // terminated on purpose and already replaced
      const why = lastError?.message ?? `exit code ${code}`;
      const wasReady = this.ready;
      this.worker = undefined;
      this.ready = false;
      if (!wasReady) this.pool.startupFailed(why);
      const running = this.current;
      if (!running) return;
      if (!wasReady) {
        // Not the job's fault: try it again on a new worker, or on this thread.
        for (const t of running.timers) clearTimeout(t);
        this.current = undefined;
        if (!running.superseded) this.queue.unshift(running);
        this.pump();
        return;
      }
      const reason = `CORS Lens could not analyse ${running.job.request.file}: the analysis worker stopped (${why}).`;
      this.pool.options.log.warn(reason);
      this.finish(running, { kind: 'stopped', reason });
    });
    return worker;
  }

  private replaceWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    this.sent.clear();
    if (worker) {
      this.pool.restarts++;
      void worker.terminate();
    }
    const running = this.current;
    if (running?.superseded) this.finish(running, { kind: 'superseded' });
  }

  dispose(): void {
    for (const p of this.queue.splice(0)) p.resolve({ kind: 'superseded' });
    const running = this.current;
    if (running) {
      for (const t of running.timers) clearTimeout(t);
      this.current = undefined;
      if (!running.superseded) running.resolve({ kind: 'superseded' });
    }
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
