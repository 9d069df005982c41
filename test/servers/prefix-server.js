// One plain HTTP server for many apps of a differential test: a request goes to the app its URL
// prefix names, prefix removed. Bound to 127.0.0.1 on $PORT; SIGTERM closes it.
'use strict';
const http = require('node:http');

/** `apps`: [{ prefix, handler(req, res) }]. */
function servePrefixes(apps) {
  const server = http.createServer((req, res) => {
    const app = apps.find((a) => req.url === a.prefix || req.url.startsWith(`${a.prefix}/`));
    if (!app) { res.statusCode = 404; res.end(); return; }
    req.url = req.url.slice(app.prefix.length) || '/';
    app.handler(req, res);
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

module.exports = { servePrefixes };
