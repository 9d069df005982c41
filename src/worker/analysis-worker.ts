// The analysis worker (dist/analysis-worker.js): runs the pure core off the extension host's thread,
// so parsing a large or hostile file never blocks the editor. Never imports `vscode`.
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/analyze';
import { readSource } from '../node/read-source';
import { withIncrementalParse } from './incremental-parse';
import type { AnalyzeRequest, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('analysis-worker must run in a worker thread');

/** Unsaved editor texts by file path: they win over the disk, as in the editor. */
const unsaved = new Map<string, string>();

async function run(req: AnalyzeRequest): Promise<WorkerMessage> {
  for (const [file, text] of req.unsaved) {
    if (text === null) unsaved.delete(file);
    else unsaved.set(file, text);
  }
  const read = new Map<string, string>();
  const readFile = (file: string) => {
    const text = unsaved.get(file) ?? readSource(file);
    if (text !== undefined) read.set(file, text);
    return text;
  };
  const result = await withIncrementalParse(req.file, req.language, req.text, () => analyze({ file: req.file, text: req.text, language: req.language }, {
    devOrigins: req.devOrigins,
    rules: req.rules,
    readFile: req.followImports ? readFile : undefined,
  }));
  return { kind: 'result', id: req.id, result, read: [...read] };
}

// The client sends one request at a time and waits for its answer, so requests never interleave.
port.on('message', (req: AnalyzeRequest) => {
  void run(req)
    .then(reply => port.postMessage(reply))
    .catch((err: Error) => port.postMessage({ kind: 'failed', id: req.id, message: err.message } satisfies WorkerMessage));
});
port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
