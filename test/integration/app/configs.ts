// App configurations written the way people write them (auth hooks and middleware, blueprints,
// per-route cors, strict slashes), each served as is by the real framework in pipeline.test.ts. Views
// answer 200: the model predicts who answers and with which headers, not a handler's own status.
export interface AppConfig {
  readonly name: string;
  readonly framework: 'flask' | 'express';
  readonly source: string;
  /** The paths a page calls. */
  readonly paths: readonly string[];
}

const FLASK_HEAD = `from flask import Flask, Blueprint, request, abort, jsonify, session
from flask_cors import CORS

app = Flask(__name__)
app.secret_key = "test"
`;

const EXPRESS_HEAD = `const express = require('express');
const cors = require('cors');
const app = express();
`;

export const APP_CONFIGS: readonly AppConfig[] = [
  {
    name: 'flask: before_request aborts 401 without a token, OPTIONS too',
    framework: 'flask', paths: ['/api/items'],
    source: `${FLASK_HEAD}CORS(app, origins=["http://localhost:3000"])

@app.before_request
def require_login():
    token = request.headers.get("Authorization")
    if not token:
        abort(401)

@app.route("/api/items", methods=["GET", "POST", "PUT"])
def items():
    return jsonify([])
`,
  },
  {
    name: 'flask: before_request lets OPTIONS through',
    framework: 'flask', paths: ['/api/items'],
    source: `${FLASK_HEAD}CORS(app, origins=["http://localhost:3000"], supports_credentials=True)

@app.before_request
def require_login():
    if request.method == "OPTIONS":
        return
    if "Authorization" not in request.headers:
        return jsonify(error="unauthorized"), 401

@app.route("/api/items", methods=["GET", "POST", "PUT"])
def items():
    return jsonify([])
`,
  },
  {
    name: 'flask: blueprint hook on /api only, resources on /api/*',
    framework: 'flask', paths: ['/api/items', '/health'],
    source: `${FLASK_HEAD}api = Blueprint("api", __name__, url_prefix="/api")
CORS(app, resources={r"/api/*": {"origins": ["http://localhost:3000"]}})

@api.before_request
def check_key():
    if not request.headers.get("X-API-Key"):
        return jsonify(error="forbidden"), 403

@api.route("/items", methods=["GET", "POST"])
def items():
    return jsonify([])

@app.route("/health")
def health():
    return "ok"

app.register_blueprint(api)
`,
  },
  {
    name: 'flask: strict slashes redirect /api/items to /api/items/ (and a path no view serves)',
    framework: 'flask', paths: ['/api/items', '/api/items/', '/nope'],
    source: `${FLASK_HEAD}CORS(app)

@app.route("/api/items/", methods=["GET", "POST", "DELETE"])
def items():
    return jsonify([])
`,
  },
  {
    name: 'flask: strict_slashes=False serves both',
    framework: 'flask', paths: ['/api/items'],
    source: `${FLASK_HEAD}CORS(app, origins="http://localhost:3000")

@app.route("/api/items/", methods=["GET", "POST"], strict_slashes=False)
def items():
    return jsonify([])
`,
  },
  {
    name: 'flask: session check outside /auth, exempting the login',
    framework: 'flask', paths: ['/auth/login', '/data'],
    source: `${FLASK_HEAD}CORS(app, origins=["http://localhost:3000"], supports_credentials=True)

@app.before_request
def load_user():
    if request.path.startswith("/auth"):
        return
    if "user_id" not in session:
        return jsonify(error="login required"), 401

@app.route("/auth/login", methods=["POST"])
def login():
    session["user_id"] = 1
    return jsonify(ok=True)

@app.route("/data", methods=["GET", "PUT"])
def data():
    return jsonify([])
`,
  },
  {
    name: 'flask: hook guarded by method != OPTIONS, GET-only view (PUT is 405)',
    framework: 'flask', paths: ['/report'],
    source: `${FLASK_HEAD}CORS(app)

def check_key():
    if request.method != "OPTIONS" and not request.headers.get("X-API-Key"):
        abort(403)

app.before_request(check_key)

@app.route("/report")
def report():
    return jsonify([])
`,
  },
  {
    name: 'express: auth middleware above cors()',
    framework: 'express', paths: ['/api/items'],
    source: `${EXPRESS_HEAD}
function requireAuth(req, res, next) {
  if (!req.headers.authorization) {
    return res.status(401).json({ error: 'unauthorized' });
  }
  next();
}

app.use(requireAuth);
app.use(cors({ origin: 'http://localhost:3000' }));
app.get('/api/items', (req, res) => res.json([]));
app.post('/api/items', (req, res) => res.json({}));
`,
  },
  {
    name: 'express: auth middleware lets OPTIONS through, above cors()',
    framework: 'express', paths: ['/api/items'],
    source: `${EXPRESS_HEAD}
const auth = (req, res, next) => {
  if (req.method === 'OPTIONS') return next();
  const token = req.headers.authorization;
  if (!token) return res.sendStatus(401);
  next();
};

app.use(auth);
app.use(cors({ origin: ['http://localhost:3000'], credentials: true }));
app.get('/api/items', (req, res) => res.json([]));
app.put('/api/items', (req, res) => res.json({}));
`,
  },
  {
    name: 'express: cors() above the auth middleware',
    framework: 'express', paths: ['/api/items'],
    source: `${EXPRESS_HEAD}
app.use(cors({ origin: 'http://localhost:3000' }));
app.use((req, res, next) => {
  if (!req.get('Authorization')) return res.status(401).send('login first');
  next();
});
app.get('/api/items', (req, res) => res.json([]));
app.post('/api/items', (req, res) => res.json({}));
`,
  },
  {
    name: 'express: per-route cors() without app.options',
    framework: 'express', paths: ['/items'],
    source: `${EXPRESS_HEAD}
const corsOptions = { origin: 'http://localhost:3000' };
app.get('/items', cors(corsOptions), (req, res) => res.json([]));
app.put('/items', cors(corsOptions), (req, res) => res.json({}));
`,
  },
  {
    name: 'express: per-route cors() with app.options',
    framework: 'express', paths: ['/items/42'],
    source: `${EXPRESS_HEAD}
app.options('/items/:id', cors());
app.get('/items/:id', cors(), (req, res) => res.json({}));
app.delete('/items/:id', cors(), (req, res) => res.json({ deleted: true }));
`,
  },
  {
    name: 'express: cors() registered after the routes',
    framework: 'express', paths: ['/items'],
    source: `${EXPRESS_HEAD}
app.get('/items', (req, res) => res.json([]));
app.post('/items', (req, res) => res.json({}));
app.use(cors({ origin: 'http://localhost:3000' }));
`,
  },
  {
    name: 'express: cors() mounted on /api, a route outside it',
    framework: 'express', paths: ['/api/items', '/status'],
    source: `${EXPRESS_HEAD}
app.use('/api', cors({ origin: 'http://localhost:3000' }));
app.get('/api/items', (req, res) => res.json([]));
app.post('/api/items', (req, res) => res.json({}));
app.get('/status', (req, res) => res.send('up'));
`,
  },
  {
    name: 'express: API-key middleware on /api above cors()',
    framework: 'express', paths: ['/api/items', '/public'],
    source: `${EXPRESS_HEAD}
function apiKey(req, res, next) {
  if (req.method !== 'OPTIONS' && !req.headers['x-api-key']) {
    return res.status(403).json({ error: 'forbidden' });
  }
  next();
}

app.use('/api', apiKey);
app.use(cors());
app.get('/api/items', (req, res) => res.json([]));
app.get('/public', (req, res) => res.send('hi'));
`,
  },
  {
    name: 'express: cors() above a router mounted on /api',
    framework: 'express', paths: ['/api/items', '/api/missing'],
    source: `${EXPRESS_HEAD}const api = express.Router();
api.get('/items', (req, res) => res.json([]));
api.put('/items', (req, res) => res.json({}));

app.use(cors({ origin: 'http://localhost:3000', credentials: true }));
app.use('/api', api);
`,
  },
  {
    name: 'express: a router mounted above cors() (its routes are not read: unknown)',
    framework: 'express', paths: ['/api/items'],
    source: `${EXPRESS_HEAD}const api = express.Router();
api.get('/items', (req, res) => res.json([]));

app.use('/api', api);
app.use(cors({ origin: 'http://localhost:3000' }));
`,
  },
  {
    name: 'flask: a hook that answers preflights itself, then checks the token',
    framework: 'flask', paths: ['/api/items'],
    source: `${FLASK_HEAD}CORS(app, origins=["http://localhost:3000"])


def is_preflight():
    return request.method == "OPTIONS"


@app.before_request
def require_token():
    if not is_preflight() and "Authorization" not in request.headers:
        raise Unauthorized()


@app.route("/api/items", methods=["GET", "DELETE"])
def items():
    return jsonify([])
`.replace('from flask_cors import CORS', 'from flask_cors import CORS\nfrom werkzeug.exceptions import Unauthorized'),
  },
  {
    name: 'flask: views registered with add_url_rule (routes not read: a view is assumed)',
    framework: 'flask', paths: ['/api/items'],
    source: `${FLASK_HEAD}CORS(app, origins=["http://localhost:3000"])


def list_items():
    return jsonify([])


app.add_url_rule("/api/items", view_func=list_items, methods=["GET", "POST"])
`,
  },
];
