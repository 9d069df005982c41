// The configurations the differential test serves for real and simulates from their analysed source.
// Each is written as the application would write it; `paths` are the paths requested (relative to the mount).

export interface SimConfig {
  readonly framework: 'flask' | 'fastapi' | 'express' | 'django' | 'fastify' | 'koa';
  /** The options as written inside the call (Python keyword arguments, a JS options object) or a settings module. */
  readonly options: string;
  readonly paths?: readonly string[];
  /**
   * An option the extractor does not read, so the simulator answers the library default where the real
   * server does not: the preflight status the real server sends instead, and why. The test lists these
   * requests apart from agreement, and fails once the simulator gets them right (the gap is closed).
   */
  readonly gap?: { readonly preflightStatus: number; readonly why: string };
}

export const FILE_NAMES = { flask: 'app.py', fastapi: 'main.py', express: 'app.js', django: 'settings.py', fastify: 'server.js', koa: 'server.js' } as const;

/** The whole source file for one configuration: analysed by analyze() and executed by the server. */
export function sourceOf(c: SimConfig): string {
  switch (c.framework) {
    case 'flask':
      return `from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app${c.options ? `, ${c.options}` : ''})\n`;
    case 'fastapi':
      return `from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\n\napp = FastAPI()\napp.add_middleware(CORSMiddleware${c.options ? `, ${c.options}` : ''})\n`;
    case 'express':
      return `const express = require('express');\nconst cors = require('cors');\n\nconst app = express();\napp.use(cors(${c.options}));\n`;
    case 'django':
      return `INSTALLED_APPS = ["corsheaders"]\nMIDDLEWARE = ["corsheaders.middleware.CorsMiddleware"]\n${c.options}\n`;
    case 'fastify':
      return `const fastify = require('fastify');\nconst cors = require('@fastify/cors');\n\nconst app = fastify();\napp.register(cors${c.options ? `, ${c.options}` : ''});\n`;
    case 'koa':
      return `const Koa = require('koa');\nconst cors = require('@koa/cors');\n\nconst app = new Koa();\napp.use(cors(${c.options}));\n`;
  }
}

const flask = (options: string, paths?: string[]): SimConfig => ({ framework: 'flask', options, paths });
const fastapi = (options: string, paths?: string[]): SimConfig => ({ framework: 'fastapi', options, paths });
const express = (options: string, paths?: string[]): SimConfig => ({ framework: 'express', options, paths });
const django = (options: string, paths?: string[]): SimConfig => ({ framework: 'django', options, paths });
const fastify = (options: string, gap?: SimConfig['gap']): SimConfig => ({ framework: 'fastify', options, gap });
const koa = (options: string): SimConfig => ({ framework: 'koa', options });

export const CONFIGS: readonly SimConfig[] = [
  flask(''),
  flask('origins="http://localhost:3000"'),
  flask('origins=["http://localhost:3000", "https://app.example.com"]'),
  flask('origins=[r"https://.*\\.example\\.com"]'),
  flask('origins="*", supports_credentials=True'),
  flask('origins=["http://localhost:3000"], supports_credentials=True, methods=["GET", "POST"]'),
  flask('origins="http://localhost:3000", allow_headers=["Content-Type", "X-Custom"]'),
  flask('expose_headers=["X-Total", "X-Page"], max_age=600'),
  flask('send_wildcard=True'),
  flask('origins=["null", "http://localhost:3000"]'),
  flask('resources={r"/api/*": {"origins": "http://localhost:3000"}}', ['/x', '/api/items']),
  flask('origins=["https://app.example.com"], methods=["GET", "PUT"], allow_headers="*", supports_credentials=True'),
  flask('origins="https://app.example.com", max_age=3600, methods="GET"'),
  flask('origins=["http://localhost:3000"], expose_headers="X-Total", allow_headers=["authorization"]'),

  fastapi('allow_origins=["*"]'),
  fastapi('allow_origins=["http://localhost:3000"]'),
  fastapi('allow_origins=["http://localhost:3000"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]'),
  fastapi('allow_origins=["*"], allow_credentials=True'),
  fastapi('allow_origin_regex=r"https://.*\\.example\\.com"'),
  fastapi('allow_origins=["http://localhost:3000", "https://app.example.com"], allow_methods=["GET", "POST", "PUT"], allow_headers=["X-Custom", "Authorization"]'),
  fastapi('allow_origins=["*"], allow_methods=["*"], allow_headers=["*"], expose_headers=["X-Total"], max_age=60'),
  fastapi('allow_origins=["null"]'),
  fastapi('allow_origins=["http://localhost:3000"], allow_headers=["content-type"]'),
  fastapi('allow_origins=["*"], allow_headers=["*"]'),
  fastapi('allow_origins=["http://localhost:3000"], allow_origin_regex=r"https://app\\.example\\.com", allow_credentials=True, expose_headers=["X-A", "X-B"]'),
  fastapi('allow_methods=["*"]'),
  fastapi('allow_origins=["https://app.example.com"], allow_methods=["DELETE"], max_age=0'),

  express(''),
  express("{ origin: 'http://localhost:3000' }"),
  express("{ origin: ['http://localhost:3000', 'https://app.example.com'] }"),
  express('{ origin: /\\.example\\.com$/ }'),
  express('{ origin: true, credentials: true }'),
  express("{ origin: '*', credentials: true }"),
  express("{ origin: ['http://localhost:3000'], methods: ['GET', 'POST'], allowedHeaders: ['Content-Type', 'Authorization'] }"),
  express("{ exposedHeaders: ['X-Total', 'X-Page'], maxAge: 600 }"),
  express("{ origin: 'null' }"),
  express("{ origin: ['null', /localhost/], credentials: true, maxAge: 0 }"),
  express('{ origin: false }'),
  express("{ methods: 'GET,PUT', allowedHeaders: 'X-Custom' }"),
  express("{ origin: [/^https:\\/\\/.*\\.example\\.com$/, 'http://localhost:3000'], exposedHeaders: 'X-Total' }"),
  express("{ origin: 'https://app.example.com', allowedHeaders: [] }"),

  django('CORS_ALLOWED_ORIGINS = ["http://localhost:3000"]'),
  django('CORS_ALLOWED_ORIGINS = ["http://localhost:3000", "https://app.example.com"]\nCORS_ALLOW_CREDENTIALS = True'),
  django('CORS_ALLOW_ALL_ORIGINS = True'),
  django('CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True'),
  django('CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.com$"]\nCORS_EXPOSE_HEADERS = ["X-Total"]'),
  django('CORS_ALLOWED_ORIGINS = ["null", "http://localhost:3000"]\nCORS_ALLOW_METHODS = ["GET", "POST"]\nCORS_ALLOW_HEADERS = ["x-custom"]\nCORS_PREFLIGHT_MAX_AGE = 0'),
  django('CORS_ALLOWED_ORIGINS = ["https://app.example.com"]\nCORS_URLS_REGEX = r"^/api/.*$"', ['/x', '/api/items']),

  fastify(''),
  fastify("{ origin: 'http://localhost:3000' }"),
  fastify('{ origin: true, credentials: true }'),
  fastify('{ origin: /\\.example\\.com$/, maxAge: 0 }'),
  fastify("{ origin: '*', exposedHeaders: ['X-Total'], allowedHeaders: ['Content-Type'], maxAge: 600 }"),
  fastify("{ origin: 'null', credentials: 'false', methods: ['PUT'] }"),
  fastify('{ origin: [true], strictPreflight: false, hideOptionsRoute: false, allowedHeaders: [], exposedHeaders: [] }'),
  fastify("{ origin: ['http://localhost:3000', /^https:\\/\\/app\\.example\\.com$/], credentials: true, exposedHeaders: 'X-Total' }"),
  fastify("{ origin: async (origin) => origin === 'http://localhost:3000', methods: 'GET' }"),
  fastify("{ methods: ['GET', 'PUT'], allowedHeaders: 'X-Custom, Content-Type' }"),
  fastify("{ origin: 'http://localhost:3000', preflightContinue: true }", { preflightStatus: 200, why: 'the extractor does not read preflightContinue: the preflight goes on to the plugin\'s OPTIONS route, which answers 200, not 204' }),

  koa(''),
  koa("{ origin: 'http://localhost:3000' }"),
  koa('{ credentials: true }'),
  koa("{ origin: (ctx) => ctx.get('Origin'), credentials: true, exposeHeaders: ['X-Total'], maxAge: 600 }"),
  koa("{ origin: 'null', allowMethods: ['GET'], allowHeaders: ['X-Custom'] }"),
  koa("{ credentials: 'false', allowHeaders: [], exposeHeaders: 'X-Total' }"),
  koa("{ origin: '*', secureContext: true, privateNetworkAccess: true, keepHeadersOnError: false, allowMethods: '' }"),
  koa("{ origin: (ctx) => ctx.request.header.origin, maxAge: '3600' }"),
  koa('{ origin: true }'),
  koa("{ allowMethods: ['GET', 'POST'], maxAge: 0 }"),
];

export const ORIGINS = [
  'http://localhost:3000',
  'https://app.example.com',
  'https://evil.example',
  'null',
  'https://app.example.com.evil.net',
  'http://LOCALHOST:3000',
];

export const SHAPES: ReadonlyArray<{ method: string; headers: string[]; credentials: boolean; cookie?: boolean }> = [
  { method: 'GET', headers: [], credentials: false },
  { method: 'GET', headers: [], credentials: true },
  { method: 'POST', headers: ['Content-Type'], credentials: false },
  { method: 'PUT', headers: ['Content-Type', 'X-Custom'], credentials: true },
  { method: 'DELETE', headers: ['Authorization'], credentials: false },
  // fetch() sends `patch` as written (it upper-cases only the six methods Fetch normalises).
  { method: 'patch', headers: ['Content-Type'], credentials: true },
  // A credentialed first request (a login): the browser holds no cookie for the API yet.
  { method: 'POST', headers: ['Content-Type'], credentials: true, cookie: false },
];
