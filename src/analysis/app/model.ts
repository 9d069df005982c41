// The request's path through one back end: the links a request passes, in the order they run, which of
// them can answer it before (or instead of) the CORS library, and where that library sits. One
// vocabulary every framework adapter fills in (app/flask.ts, app/express.ts), after CodeQL's Concepts:
// request handler (hook, middleware), route setup, redirect, CORS middleware. app/walk.ts runs a wire
// request through it.
import type { Range } from '../model/range';

/**
 * When a link answers a request itself instead of passing it on. Every field present must hold; an
 * absent field does not restrict. The model reads only what the browser decides (method, path, the
 * headers the page sets, whether a cookie goes along); the rest is `opaque`.
 */
export interface Condition {
  /** It answers only these methods (`if request.method == 'POST' and ...`), upper-case. */
  readonly methods?: readonly string[];
  /** Methods it lets through untouched (`if request.method == 'OPTIONS': return`), upper-case. */
  readonly exceptMethods?: readonly string[];
  /** It answers only requests under one of these path prefixes (`request.path.startswith('/api')`, a mount path). */
  readonly pathPrefixes?: readonly string[];
  /** It lets requests under these prefixes through (`if request.path.startswith('/public'): return`). */
  readonly exceptPathPrefixes?: readonly string[];
  /** It answers only requests without this header (lower-case): a token check. A preflight never carries it. */
  readonly missingHeader?: string;
  /** It answers only requests without a session cookie (a login check). A preflight never carries one. */
  readonly missingCookie?: boolean;
  /** A test the model cannot evaluate (`request.endpoint in PUBLIC`), as written: it may or may not hold. */
  readonly opaque?: string;
}

/** A hook or middleware that can answer a request itself (an auth check, a maintenance switch). */
export interface HookLink {
  readonly kind: 'hook';
  /** `before_request hook \`require_login\``, `middleware \`auth\``. */
  readonly label: string;
  /** The registration (`@app.before_request def ...`, `app.use(auth)`). */
  readonly range: Range;
  /** The statement that answers (`abort(401)`, `return res.status(401).json(...)`). */
  readonly answerRange: Range;
  /** 1-based line of that statement, for messages that have no text at hand (hover, CodeLens). */
  readonly line: number;
  readonly status: number;
  readonly when: Condition;
  /** A Flask blueprint's own hook runs only for requests routed to that blueprint's views. */
  readonly blueprint?: string;
}

/**
 * The CORS library. `after-response` decorates whatever response the app produced (flask-cors is an
 * after_request function); `middleware` runs at its place in the chain, ends a preflight itself and
 * passes every other request on with its headers set (expressjs/cors).
 */
export interface CorsLink {
  readonly kind: 'cors';
  readonly mode: 'after-response' | 'middleware';
  /** The library call; the model's sites whose range lies within it are its policy. */
  readonly range: Range;
  /** `app.use('/api', cors())`: requests outside the mount path skip it. */
  readonly mountPath?: string;
}

/** A view or route handler: it answers the methods it is registered for, on its path. */
export interface RouteLink {
  readonly kind: 'route';
  readonly range: Range;
  readonly line: number;
  /** As registered (`/api/items/`, `/users/:id`, `/files/<path:name>`). */
  readonly path: string;
  /** `strict_slashes=False`: the rule `/x/` also serves `/x`. */
  readonly slashOptional?: boolean;
  /** Upper-case; `*` for Express `app.all`. */
  readonly methods: readonly string[];
  /** A cors() the route runs itself (`app.get('/x', cors(), handler)`): only for the route's own methods. */
  readonly corsRange?: Range;
  readonly blueprint?: string;
}

/** Flask's strict slashes: a request for `/x` to the route `/x/` is redirected there (werkzeug answers 308). */
export interface RedirectLink {
  readonly kind: 'redirect';
  readonly range: Range;
  readonly line: number;
  readonly from: string;
  readonly to: string;
  readonly status: number;
}

/**
 * The framework's own OPTIONS answer for a path some route serves (Flask's `provide_automatic_options`,
 * Express's router answering `200 Allow: GET,HEAD`): it carries no CORS headers of its own.
 */
export interface AutoOptionsLink {
  readonly kind: 'auto-options';
  readonly range: Range;
  readonly line: number;
}

/** A router or sub-app whose own routes are not read here (`app.use('/api', apiRouter)`): it may answer requests under its path. */
export interface MountLink {
  readonly kind: 'mount';
  readonly label: string;
  readonly range: Range;
  readonly line: number;
  readonly path?: string;
}

export type AppLink = HookLink | CorsLink | RouteLink | RedirectLink | AutoOptionsLink | MountLink;

export interface AppChain {
  readonly framework: 'flask' | 'express';
  /** The application object as written (`app`). */
  readonly target: string;
  /** In the order they run; for Flask hooks first, routing next, the after_request CORS link last. */
  readonly links: readonly AppLink[];
  /**
   * Every view of the app is registered in this module (no blueprint from elsewhere, no add_url_rule or
   * flask-restful, no import after the app is made), so a path no route matches is a 404. Otherwise
   * such a path is taken to be served by a view the model did not read.
   */
  readonly routesComplete?: boolean;
}
