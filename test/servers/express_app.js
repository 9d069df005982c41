// Express 4 + cors with several policies side by side; PORT and PAGE_ORIGIN from the environment.
'use strict';
const express = require('express');
const cors = require('cors');

const app = express();
const items = (req, res) => res.json({ method: req.method, items: [1, 2, 3] });

app.use('/open', cors());
// '*' with credentials: the browser refuses it for credentialed requests.
app.use('/cred', cors({ credentials: true }));
app.use('/reflect', cors({ origin: true, credentials: true }));
app.use('/list', cors({ origin: ['http://example.com', /\.example\.org$/] }));
app.use('/fixed', cors({ origin: process.env.PAGE_ORIGIN || 'http://localhost:3000', allowedHeaders: ['Content-Type'] }));
app.all('/:group/items', items);

const server = app.listen(Number(process.env.PORT), '127.0.0.1', () => {
  process.stdout.write(`listening on ${server.address().port}\n`);
});
