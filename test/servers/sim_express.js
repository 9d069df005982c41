// Serves many expressjs/cors configurations at once for the simulation differential test.
// SIM_CONFIGS names a JSON file of [{prefix, source}]; each source builds `app` with cors() as written
// and the app is mounted at its prefix.
'use strict';
const fs = require('node:fs');
const express = require('express');

const configs = JSON.parse(fs.readFileSync(process.env.SIM_CONFIGS, 'utf8'));
const root = express();
for (const { prefix, source } of configs) {
  // The source is the test's own configuration text, the same text the analyzer reads.
  const app = new Function('require', `${source}\nreturn app;`)(require);
  app.use((req, res) => res.send('ok'));
  root.use(prefix, app);
}
root.listen(Number(process.env.PORT), '127.0.0.1');
