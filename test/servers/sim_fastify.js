// Serves many @fastify/cors configurations at once for the simulation differential test.
// SIM_CONFIGS names a JSON file of [{prefix, source}]; each source builds a Fastify `app` and registers
// @fastify/cors on it as written. Each app is a whole Fastify instance (its own hooks, its own 404
// handler); one plain HTTP server hands a request to the app its prefix names, prefix removed, the way
// express's app.use(prefix, app) does for sim_express.js.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const { servePrefixes } = require('./prefix-server');
const fastify = require('fastify');

const configs = JSON.parse(fs.readFileSync(process.env.SIM_CONFIGS, 'utf8'));
// Every method a page sends (HEAD comes with GET); OPTIONS is the plugin's own `OPTIONS *` route.
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Runs one source with `require('fastify')` giving an instance whose request handler is captured. */
async function build(source) {
  let handler;
  // serverFactory is how Fastify documents running its handler under another server.
  const factory = (opts) => fastify({ ...opts, serverFactory: (h) => { handler = h; return http.createServer(h); } });
  const local = (name) => (name === 'fastify' ? factory : require(name));
  // The source is the test's own configuration text, the same text the analyzer reads.
  const app = new Function('require', `${source}\nreturn app;`)(local);
  // Registered after the source's plugins, so its onRequest hook covers this route as in a real app.
  app.register(async (child) => {
    child.route({ method: METHODS, url: '/*', handler: async () => 'ok' });
  });
  await app.ready();
  return handler;
}

async function main() {
  const apps = [];
  for (const { prefix, source } of configs) apps.push({ prefix, handler: await build(source) });
  servePrefixes(apps);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
