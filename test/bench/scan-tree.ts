// A monorepo-shaped tree for measuring workspace scans: the same files wherever it is written, so
// the CLI's findings on one copy can be compared with the extension's on another.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const FLASK_WILDCARD = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app)\n';
const EXPRESS_ECHO = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\napp.use(cors({ origin: true, credentials: true }));\n";
const STARLETTE_ANY = 'from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"])\n';
const FLASK_LISTED = 'from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app, origins=["https://shop.example.com"])\n';
const CONFIGS = [FLASK_WILDCARD, EXPRESS_ECHO, STARLETTE_ANY];

/** About 1.5 KB of ordinary code that never mentions CORS. */
function plain(i: number, ext: string): string {
  const lines: string[] = [];
  for (let n = 0; n < 30; n++) {
    lines.push(ext === 'py'
      ? `def handler_${i}_${n}(request):\n    return {"id": ${i * 100 + n}, "ok": True}`
      : `export function handler_${i}_${n}(req) {\n  return { id: ${i * 100 + n}, ok: true };\n}`);
  }
  return lines.join('\n') + '\n';
}

export interface ScanTree {
  readonly files: number;
  /** Files (relative, '/'-separated) that configure CORS with at least one finding. */
  readonly configured: readonly string[];
}

/**
 * `files` source files in folders of 100 (py, js, ts in turn); every `files / configs`-th configures
 * CORS with a finding, some more mention it harmlessly. node_modules holds installed copies that a
 * scan must skip.
 */
export function writeScanTree(root: string, files = 20_000, configs = 41): ScanTree {
  const configured: string[] = [];
  const every = Math.floor(files / configs);
  for (let i = 0; i < files; i++) {
    const dir = `svc-${String(Math.floor(i / 100)).padStart(3, '0')}`;
    const ext = ['py', 'js', 'ts'][i % 3];
    let text = plain(i, ext);
    let rel = `${dir}/mod_${i}.${ext}`;
    if (i % every === every - 1 && configured.length < configs) {
      const config = CONFIGS[configured.length % CONFIGS.length];
      rel = `${dir}/cors_${i}.${config === EXPRESS_ECHO ? 'js' : 'py'}`;
      text = config;
      configured.push(rel);
    } else if (i % 97 === 0) {
      text = ext === 'py' ? FLASK_LISTED : `// CORS is configured in the gateway\n${text}`;
    }
    mkdirSync(path.join(root, dir), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  for (let i = 0; i < 200; i++) {
    mkdirSync(path.join(root, 'node_modules', `pkg${i}`), { recursive: true });
    writeFileSync(path.join(root, 'node_modules', `pkg${i}`, 'index.js'), EXPRESS_ECHO);
  }
  return { files, configured };
}
