// Serves many @koa/cors configurations at once for the simulation differential test.
// SIM_CONFIGS names a JSON file of [{prefix, source}]; each source builds a Koa `app` with
// app.use(cors(...)) as written. One plain HTTP server hands a request to the app its prefix names,
// prefix removed. The last middleware answers "ok" to every method but OPTIONS, so an OPTIONS request
// the CORS middleware passes on gets Koa's own 404, as in an app without an OPTIONS route.
'use strict';
const fs = require('node:fs');
const { servePrefixes } = require('./prefix-server');

const configs = JSON.parse(fs.readFileSync(process.env.SIM_CONFIGS, 'utf8'));

const apps = configs.map(({ prefix, source }) => {
  // The source is the test's own configuration text, the same text the analyzer reads.
  const app = new Function('require', `${source}\nreturn app;`)(require);
  app.use(async (ctx) => {
    if (ctx.method !== 'OPTIONS') ctx.body = 'ok';
  });
  return { prefix, handler: app.callback() };
});

servePrefixes(apps);
