// Serves Express apps exactly as written for the app-pipeline differential test. APP_CONFIGS names a
// JSON file of [{prefix, source}]; each source builds `app` (middleware, cors, routes) and nothing is
// added to it; each app is mounted at its prefix.
'use strict';
const fs = require('node:fs');
const express = require('express');

const configs = JSON.parse(fs.readFileSync(process.env.APP_CONFIGS, 'utf8'));
const root = express();
for (const { prefix, source } of configs) {
  // The source is the test's own configuration text, the same text the analyzer reads.
  root.use(prefix, new Function('require', `${source}\nreturn app;`)(require));
}
root.listen(Number(process.env.PORT), '127.0.0.1');
