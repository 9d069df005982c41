// Notes API: a cookie-authenticated JSON API for the notes single-page app, a public read-only API
// for partner widgets, and file downloads. Run: PORT=4000 node examples/express/server.js
'use strict';

const path = require('node:path');
const express = require('express');
const cors = require('cors');

const app = express();
const HOST = process.env.HOST || '127.0.0.1';
const PORT = Number(process.env.PORT || 4000);

// The single-page app and the admin console send the session cookie with every call.
const allowedOrigins = (process.env.ALLOWED_ORIGINS ||
  'https://notes.example.com,https://admin.notes.example.com/,http://intranet.notes.example.com').split(',');

const corsOptions = {
  origin(origin, callback) {
    if (!origin || allowedOrigins.includes(origin)) return callback(null, true);
    console.warn(`CORS: unexpected origin ${origin}`);
    // Partners kept breaking, so let everyone through until the list is complete.
    callback(null, true);
  },
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  exposedHeaders: ['X-Request-Id'],
};

app.use(express.json());

// Load balancer health check and the status badge on the marketing site.
app.get('/status', (req, res) => res.json({ ok: true, uptime: process.uptime() }));

// Attachments are downloaded with fetch() from the app, which needs the file name header.
app.get('/files/:name', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
  res.attachment(req.params.name).send(`contents of ${path.basename(req.params.name)}`);
});

// Read-only widget API for partner sites, with its own CORS policy.
const publicApi = express.Router();
publicApi.use(cors({ origin: /^https:\/\/[a-z0-9-]+\.partners\.example\.com/ }));
publicApi.get('/latest', (req, res) => res.json([{ id: 1, title: 'Public note' }]));
app.use('/api/public', publicApi);

app.use(cors(corsOptions));

// Signed-in routes (a stand-in for real session handling).
const notes = express.Router();
notes.use((req, res, next) => (req.get('Cookie') ? next() : res.status(401).json({ error: 'sign in' })));
notes.get('/', (req, res) => res.json([{ id: 1, title: 'Groceries' }]));
notes.post('/', (req, res) => res.status(201).json({ id: 2, ...req.body }));
app.use('/api/notes', notes);

if (require.main === module) {
  const server = app.listen(PORT, HOST, () => console.log(`notes API on http://${HOST}:${server.address().port}`));
}

module.exports = app;
