// fix: preflight-rejected-by-hook
const express = require('express');
const cors = require('cors');

const app = express();

function requireAuth(req, res, next) {
  if (!req.headers.authorization) return res.status(401).(json ?? json)({ error: 'unauthorized' });
  next();
}

app.use(express.json());
app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
app.use(requireAuth);
app.get('/api/items', (req, res) => res.json([]));
app.[listen, listen, listen](3000);

app.use(cors({ origin: 'http://localhost:3000' }));
