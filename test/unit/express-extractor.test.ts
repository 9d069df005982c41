// The model the JavaScript adapters build (expressjs/cors, NestJS, @fastify/cors, @koa/cors and
// hand-written headers): sources, ranges, scopes, resolution, wiring, and code that is half typed.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze';
import { briefWithHow as brief, modelOf, type Model } from './model-helpers';

const model = (text: string, file = 'server.js'): Promise<Model> => modelOf(text, file);

const CJS = "const express = require('express');\nconst cors = require('cors');\nconst app = express();\n";
const ESM = "import express from 'express';\nimport cors from 'cors';\nconst app = express();\n";

describe('express-cors extractor', () => {
  it('reads the library default: any origin, underlining the call', async () => {
    const { sites: [site], at } = await model(`${CJS}app.use(cors());\n`);
    assert.equal(site.framework, 'express-cors');
    assert.deepEqual(site.scope, { kind: 'app' });
    assert.equal(at(site.range), 'cors()');
    assert.equal(site.origins.range, undefined);
    assert.deepEqual(site.origins.source, { kind: 'library-default' });
    assert.deepEqual(site.origins.entries.map(brief), ['any']);
    assert.equal(at(site.origins.entries[0].range), 'cors()');
    assert.equal(site.varyOrigin, false);
  });

  it('classifies every origin shape the way lib/index.js does', async () => {
    const { sites } = await model(`${ESM}
app.use('/a', cors({ origin: '*' }));
app.use('/b', cors({ origin: true }));
app.use('/c', cors({ origin: false }));
app.use('/d', cors({ origin: 'null' }));
app.use('/e', cors({ origin: /example\\.com$/i }));
app.use('/f', cors({ origin: ['https://a.test', /^https:\\/\\/b\\.test$/, '*', 'null'] }));
app.use('/g', cors({ origin: '' }));
app.use('/h', cors({ origin: new RegExp('^https://c\\\\.test$') }));
`);
    assert.deepEqual(sites.map(s => s.origins.entries.map(brief)), [
      ['any'],
      ['reflect-any `origin: true`'],
      [],
      ['null'],
      ['regex example\\.com$ /i'],
      ['exact https://a.test', 'regex ^https:\\/\\/b\\.test$ /', 'exact *', 'null'],
      [],
      ['regex ^https://c\\.test$ /'],
    ]);
  });

  it('gives scopes for paths, routers, routes and OPTIONS handlers', async () => {
    const { sites } = await model(`${CJS}const router = express.Router();
app.use('/api', cors());
router.use(cors());
app.get('/x', cors({ origin: 'https://a.test' }), (req, res) => res.end());
app.options('/x', cors({ origin: 'https://a.test' }));
app.options('*', cors());
app.route('/books').get(cors(), (req, res) => res.end());
`);
    assert.deepEqual(sites.map(s => s.scope), [
      { kind: 'path-pattern', pattern: '/api' },
      { kind: 'router' },
      { kind: 'route', pattern: '/x' },
      { kind: 'route', pattern: '/x', preflightOnly: true },
      { kind: 'route', pattern: '*', preflightOnly: true },
      { kind: 'route', pattern: '/books' },
    ]);
  });

  it('finds cors however it is imported or renamed', async () => {
    const texts = [
      "import * as corsNs from 'cors';\napp.use(corsNs({ origin: true }));\n",
      "import { default as corsMiddleware } from 'cors';\napp.use(corsMiddleware({ origin: true }));\n",
      "import corsTs = require('cors');\napp.use(corsTs({ origin: true }));\n",
      "const corsMiddleware = require('cors');\napp.use(corsMiddleware({ origin: true }));\n",
      "app.use(require('cors')({ origin: true }));\n",
    ];
    for (const text of texts) {
      const { sites } = await model(text, 'server.ts');
      assert.deepEqual(sites.map(s => s.origins.entries.map(e => e.kind)), [['reflect-any']], text);
    }
    const { sites } = await model("import type { CorsOptions } from 'cors';\nconst cors = (o: CorsOptions) => o;\ncors({ origin: '*' });\n", 'types.ts');
    assert.equal(sites.length, 0);
  });

  it('follows options declared before or after, spreads, and environment defaults', async () => {
    const { sites, at } = await model(`${CJS}
app.use(cors(corsOptions));
const base = { origin: ['https://a.test'], methods: 'GET, POST' };
const corsOptions = { ...base, credentials: true, maxAge: 600 };
app.use('/env', cors({ origin: process.env.CORS_ORIGIN || 'http://localhost:3000' }));
app.use('/split', cors({ origin: (process.env.ORIGINS || 'https://x.test,https://y.test').split(',') }));
app.use('/bare', cors({ origin: process.env.CORS_ORIGIN }));
`);
    const [opts, env, split, bare] = sites;
    assert.deepEqual(opts.origins.entries.map(brief), ['exact https://a.test']);
    assert.equal(at(opts.origins.entries[0].range), "'https://a.test'");
    assert.equal(at(opts.origins.range), "['https://a.test']");
    assert.deepEqual(opts.credentials && [opts.credentials.value, at(opts.credentials.range)], [true, 'true']);
    assert.deepEqual(opts.methods?.value, ['GET', 'POST']);
    assert.equal(opts.maxAge?.value, 600);

    assert.deepEqual(env.origins.entries.map(brief), ['exact http://localhost:3000']);
    assert.deepEqual(env.origins.entries[0].source, { kind: 'env-default', variable: 'CORS_ORIGIN' });
    assert.deepEqual(split.origins.entries.map(brief), ['exact https://x.test', 'exact https://y.test']);
    assert.deepEqual(split.origins.entries[1].source, { kind: 'env-default', variable: 'ORIGINS' });
    assert.deepEqual(bare.origins.entries.map(e => [e.kind, e.source]), [['dynamic', { kind: 'env', variable: 'CORS_ORIGIN' }]]);
  });

  it("turns credentials on only for === true", async () => {
    const { sites } = await model(`${CJS}
app.use('/a', cors({ credentials: true }));
app.use('/b', cors({ credentials: 'true' }));
app.use('/c', cors({ credentials: process.env.CORS_CREDENTIALS === 'true' }));
`);
    assert.deepEqual(sites.map(s => s.credentials?.value), [true, false, undefined]);
  });

  it('reads list options as arrays or comma strings, and the `headers` alias', async () => {
    const { sites: [site] } = await model(`${CJS}app.use(cors({ headers: 'X-A, X-B', exposedHeaders: ['ETag'], methods: 'GET,PUT' }));\n`);
    assert.deepEqual([site.allowHeaders?.value, site.exposeHeaders?.value, site.methods?.value], [['X-A', 'X-B'], ['ETag'], ['GET', 'PUT']]);
  });

  it('reads origin callbacks: always-allow is reflection, an allowlist resolves to its entries', async () => {
    const { sites, at } = await model(`${ESM}
const allowed = ['https://a.test', 'https://b.test'];
app.use('/1', cors({ origin: (origin, cb) => cb(null, true) }));
app.use('/2', cors({ origin: (o, cb) => cb(null, o) }));
app.use('/3', cors({ origin(origin, callback) { if (!origin || allowed.includes(origin)) callback(null, true); else callback(new Error('no')); } }));
app.use('/4', cors({ origin: function (origin, callback) {
  if (allowed.indexOf(origin) === -1) return callback(new Error('no'));
  callback(null, true);
} }));
app.use('/5', cors({ origin: (origin, cb) => cb(null, lookup(origin)) }));
app.use('/6', cors({ origin: (origin, cb) => { if (!origin) return cb(null, true); cb(null, origin); } }));
app.use('/7', cors({ origin: (origin, cb) => cb(null, origin === 'https://c.test' || /\\.d\\.test$/.test(origin)) }));
`);
    const kinds = sites.map(s => s.origins.entries.map(brief));
    assert.deepEqual(kinds[0], ['reflect-any `cb(null, true)`']);
    assert.equal(at(sites[0].origins.entries[0].range), 'cb(null, true)');
    assert.deepEqual(kinds[1], ['reflect-any `cb(null, o)`']);
    assert.deepEqual(kinds[2], ['exact https://a.test', 'exact https://b.test']);
    assert.equal(at(sites[2].origins.entries[0].range), "'https://a.test'");
    const listed = sites[2].origins.entries[0].source;
    assert.equal(listed.kind === 'variable' && listed.name, 'allowed');
    assert.deepEqual(kinds[3], ['exact https://a.test', 'exact https://b.test']);
    assert.deepEqual(kinds[4], ['dynamic']);
    assert.deepEqual(kinds[5], ['reflect-any `cb(null, origin)`']);
    assert.deepEqual(kinds[6], ['exact https://c.test', 'regex \\.d\\.test$ /']);
  });

  it('resolves a trivial options delegate and leaves a request-dependent one dynamic', async () => {
    const { sites } = await model(`${CJS}
app.use('/a', cors((req, cb) => cb(null, { origin: 'https://a.test', credentials: true })));
app.use('/b', cors(function (req, callback) {
  let corsOptions;
  if (allowlist.indexOf(req.header('Origin')) !== -1) corsOptions = { origin: true };
  else corsOptions = { origin: false };
  callback(null, corsOptions);
}));
`);
    assert.deepEqual(sites[0].origins.entries.map(brief), ['exact https://a.test']);
    assert.equal(sites[0].credentials?.value, true);
    assert.deepEqual(sites[1].origins.entries.map(e => e.kind), ['dynamic']);
    assert.equal(sites[1].credentials, undefined);
  });

  it('unions the branches of a conditional origin and marks development-only mounts', async () => {
    const { sites } = await model(`${CJS}
app.use(cors({ origin: process.env.NODE_ENV === 'production' ? ['https://a.test'] : '*' }));
if (process.env.NODE_ENV !== 'production') app.use('/dev', cors());
`, 'server.js');
    assert.deepEqual(sites[0].origins.entries.map(brief), ['exact https://a.test', 'any']);
    assert.deepEqual(sites.map(s => s.devOnly), [false, true]);
  });

  it('records registrations per app and router in source order', async () => {
    const { wiring } = await model(`${CJS}const api = express.Router();
const users = require('./routes/users');
app.get('env');
app.use(express.json());
app.use(express.static('public'));
app.get('/health', (req, res) => res.end());
app.use('/users', users);
app.post('/x', cors(), (req, res) => res.end());
app.use(cors());
api.use(cors());
api.get('/y', (req, res) => res.end());
app.listen(3000, () => { app.get('/late', (req, res) => res.end()); });
`);
    const byTarget = Object.fromEntries(wiring.map(w => [w.kind === 'express-registrations' ? w.target : '', w.entries.map(e => e.name)]));
    assert.deepEqual(byTarget, { app: ['static', 'route', 'router', 'cors'], api: ['cors', 'route'] });
  });

  it('reads NestJS enableCors and NestFactory.create({ cors })', async () => {
    const { sites, at } = await model(`import { NestFactory } from '@nestjs/core';
async function bootstrap() {
  const app = await NestFactory.create(AppModule, { cors: true });
  const other = await NestFactory.create(AppModule, { cors: { origin: 'https://a.test', credentials: true } });
  app.enableCors({ origin: true });
  other.enableCors();
}
`, 'main.ts');
    assert.deepEqual(sites.map(s => [s.framework, s.origins.entries.map(brief)]), [
      ['nestjs', ['any']],
      ['nestjs', ['exact https://a.test']],
      ['nestjs', ['reflect-any `origin: true`']],
      ['nestjs', ['any']],
    ]);
    assert.equal(at(sites[0].origins.entries[0].range), 'cors: true');
    const fastify = await model(`const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter());
app.enableCors({ credentials: 'yes' });
`, 'main.ts');
    assert.deepEqual(fastify.sites.map(s => [s.framework, s.credentials?.value]), [['fastify-cors', true]]);
  });

  it('reads @fastify/cors registrations with its own reading of arrays and credentials', async () => {
    const { sites } = await model(`import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';
const app = Fastify();
await app.register(fastifyCors, { origin: ['https://a.test', '*'], credentials: 'yes' });
await app.register(require('@fastify/cors'));
const { default: lazyCors } = await import('@fastify/cors');
await app.register(lazyCors, { origin: async (origin) => ALLOWED.includes(origin) });
const ALLOWED = ['https://b.test'];
`, 'server.mjs');
    assert.deepEqual(sites.map(s => [s.framework, s.origins.entries.map(brief), s.credentials?.value]), [
      ['fastify-cors', ['exact https://a.test', 'any'], true],
      ['fastify-cors', ['any'], undefined],
      ['fastify-cors', ['exact https://b.test'], undefined],
    ]);
  });

  it('reads @koa/cors options and origin functions', async () => {
    const { sites } = await model(`const Koa = require('koa');
const cors = require('@koa/cors');
const app = new Koa();
const ALLOWED = ['https://a.test'];
app.use(cors({ credentials: true, allowMethods: 'GET', allowHeaders: ['X-A'] }));
app.use(cors({ origin: (ctx) => ctx.get('Origin') }));
app.use(cors({ origin: (ctx) => (ALLOWED.includes(ctx.get('Origin')) ? ctx.get('Origin') : '') }));
`);
    assert.deepEqual(sites.map(s => [s.framework, s.origins.entries.map(brief)]), [
      ['koa-cors', ['any']],
      ['koa-cors', ["reflect-any `ctx.get('Origin')`"]],
      ['koa-cors', ['exact https://a.test']],
    ]);
    assert.deepEqual([sites[0].credentials?.value, sites[0].methods?.value, sites[0].allowHeaders?.value], [true, ['GET'], ['X-A']]);
  });

  it('reads typed option objects of config modules, once', async () => {
    const { sites } = await model(`import type { CorsOptions } from 'cors';
import type { FastifyCorsOptions } from '@fastify/cors';
import cors from 'cors';
export const corsConfig: CorsOptions = { origin: true };
export const fastifyConfig: FastifyCorsOptions = { origin: '*' };
const used: CorsOptions = { origin: 'https://a.test' };
app.use(cors(used));
`, 'cors.config.ts');
    assert.deepEqual(sites.map(s => [s.framework, s.origins.entries.map(brief)]), [
      ['express-cors', ['reflect-any `origin: true`']],
      ['fastify-cors', ['any']],
      ['express-cors', ['exact https://a.test']],
    ]);
  });

  it('does not throw on half-typed or unrelated code', async () => {
    const texts: Array<[string, string]> = [
      [`${CJS}app.use(cors({ origin: [`, 'a.js'],
      [`${CJS}app.use(cors(`, 'b.js'],
      [`${CJS}app.use(cors({ origin: (origin, cb) => { if (allowed.includes(`, 'c.ts'],
      [`${CJS}const opts = { origin: opts.origin };\napp.use(cors(opts));\n`, 'd.js'],
      [`${ESM}app.use(cors({ origin: function (`, 'e.ts'],
      [`${ESM}res.setHeader('Access-Control-Allow-Origin', `, 'f.ts'],
      ["import React from 'react';\nexport const Cors = () => <div className=\"cors\">CORS settings</div>;\n", 'g.tsx'],
      ["// cors\nfetch('/api', { mode: 'cors' });\n", 'h.jsx'],
    ];
    for (const [text, file] of texts) {
      const result = await analyze({ file, text });
      assert.equal(result.skipped, undefined, file);
    }
  });
});

describe('hand-written JS headers', () => {
  it('groups the writes of one function into one site', async () => {
    const { sites, at } = await model(`module.exports = (req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.headers.origin);
  res.header('Access-Control-Allow-Credentials', 'true');
  res.header('Access-Control-Allow-Methods', 'GET, POST');
  res.header('access-control-max-age', '600');
  next();
};
`);
    assert.equal(sites.length, 1);
    const [site] = sites;
    assert.equal(site.framework, 'hand-written');
    assert.deepEqual(site.scope, { kind: 'response' });
    assert.equal(at(site.range), "res.header('Access-Control-Allow-Origin', req.headers.origin)");
    assert.deepEqual(site.origins.entries.map(e => [e.kind, at(e.range)]), [['reflect-any', 'req.headers.origin']]);
    assert.deepEqual([site.credentials?.value, site.methods?.value, site.maxAge?.value, site.varyOrigin], [true, ['GET', 'POST'], 600, false]);
  });

  it('reads every way of writing the header and every way of reading the Origin', async () => {
    const { sites } = await model(`
function a(req, res) { res.setHeader('Access-Control-Allow-Origin', req.header('origin')); }
function b(req, res) { const origin = req.get('Origin'); res.set('Access-Control-Allow-Origin', origin); res.vary('Origin'); }
function c(req, res) { const { origin } = req.headers; res.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }); }
function d(req, res) { res.writeHead(204, { 'access-control-allow-origin': req.headers['origin'] }); }
function e(request, reply) { reply.header('Access-Control-Allow-Origin', request.headers.origin); }
function f(ctx) { ctx.set('Access-Control-Allow-Origin', ctx.get('Origin')); vary(ctx.res, 'Origin'); }
function g(request) { return new Response('', { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') } }); }
const ACAO = 'Access-Control-Allow-Origin';
function h(req, res) { res.header(ACAO, req.headers.origin); }
`);
    assert.deepEqual(sites.map(s => s.origins.entries.map(e => e.kind)), Array(8).fill(['reflect-any']));
    assert.deepEqual(sites.map(s => s.varyOrigin), [false, true, true, false, false, true, false, false]);
  });

  it('treats an allowlist-guarded echo as dynamic and keeps the list', async () => {
    const { sites } = await model(`const allowed = ['https://a.test', 'null'];
function a(req, res) {
  const origin = req.headers.origin;
  if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
}
function b(req, res) {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', allowed.indexOf(origin) > -1 ? origin : 'https://a.test');
}
`);
    assert.deepEqual(sites.map(s => s.origins.entries.map(brief)), [
      ['dynamic', 'exact https://a.test', 'null'],
      ['dynamic', 'exact https://a.test', 'null', 'exact https://a.test'],
    ]);
  });

  it('classifies literals and keeps library and hand-written sites apart', async () => {
    const { sites } = await model(`${CJS}
const SITE = process.env.SITE_ORIGIN || 'https://www.example.com';
app.use(cors({ origin: 'https://api.example.com' }));
app.get('/a', (req, res) => res.set('Access-Control-Allow-Origin', '*').end());
app.get('/b', (req, res) => res.set('Access-Control-Allow-Origin', 'null').end());
app.get('/c', (req, res) => res.set('Access-Control-Allow-Origin', SITE).end());
app.get('/d', (req, res) => res.set('Access-Control-Allow-Origin', pick(req)).end());
`);
    assert.deepEqual(sites.map(s => [s.framework, s.origins.entries.map(brief)]), [
      ['express-cors', ['exact https://api.example.com']],
      ['hand-written', ['any']],
      ['hand-written', ['null']],
      ['hand-written', ['exact https://www.example.com']],
      ['hand-written', ['dynamic']],
    ]);
    assert.deepEqual(sites[3].origins.entries[0].source, { kind: 'env-default', variable: 'SITE_ORIGIN' });
  });

  it('ignores request headers of HTTP clients and expected headers in tests', async () => {
    const { sites } = await model(`fetch('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });
axios.get('/api', { headers: { 'Access-Control-Allow-Origin': '*' } });
expect(res.headers).toEqual({ 'access-control-allow-origin': '*' });
export const GET = () => NextResponse.json({}, { headers: { 'Access-Control-Allow-Origin': '*' } });
`);
    assert.equal(sites.length, 1);
  });

  it('reads NestJS @Header and next.config-style header lists', async () => {
    const { sites } = await model(`@Controller('files')
export class FilesController {
  @Get()
  @Header('Access-Control-Allow-Origin', '*')
  list() { return []; }
}
export const headers = [{ key: 'Access-Control-Allow-Origin', value: 'https://a.test' }];
`, 'files.controller.ts');
    assert.deepEqual(sites.map(s => s.origins.entries.map(brief)), [['any'], ['exact https://a.test']]);
  });
});

describe('credentials read from the environment with a default', () => {
  const messageFor = async (value: string) => {
    const { findings } = await analyze({ file: 'server.js', text: `${CJS}app.use(cors({ origin: 'https://a.example.com', credentials: ${value} }));\n` });
    return findings.filter(f => f.ruleId === 'non-boolean-option').map(f => f.message);
  };

  it('says the default `true` applies when the variable is unset and a set value turns credentials off', async () => {
    const [message] = await messageFor('process.env.CORS_CREDENTIALS ?? true');
    assert.match(message, /when CORS_CREDENTIALS is unset the default `true` applies/);
    assert.match(message, /when it is set, its value is a string, never `=== true`/);
    assert.doesNotMatch(message, /whatever the variable says/);
  });

  it('says neither the default nor a set value is the boolean `true`', async () => {
    const [message] = await messageFor("process.env.CORS_CREDENTIALS || 'true'");
    assert.match(message, /when CORS_CREDENTIALS is unset the default `'true'` applies, which is not the boolean `true`/);
  });
});
