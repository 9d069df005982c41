import type { AppChain } from '../app/model';
import type { Range } from './range';

/** The libraries (and the hand-written case) whose CORS semantics CORS Lens knows. */
export type FrameworkId =
  | 'flask-cors'
  | 'django-cors-headers'
  | 'starlette'
  | 'express-cors'
  | 'fastify-cors'
  | 'koa-cors'
  | 'nestjs'
  | 'hand-written';

/** Where a value came from, so a message can say "the default of CORS_ORIGINS" rather than guess. */
export type ValueSource =
  | { kind: 'literal' }
  /** A name bound in the same file; `range` is the binding's value. */
  | { kind: 'variable'; name: string; range: Range }
  /** `os.environ.get("X", default)` / `process.env.X || default`: the value is the default. */
  | { kind: 'env-default'; variable: string }
  /** Read from the environment with no default we can see. */
  | { kind: 'env'; variable: string }
  /** The library's own default: the option was not written at all. */
  | { kind: 'library-default' }
  /** Inherited from another settings module (`from .base import *`). */
  | { kind: 'other-file'; file: string };

export interface Located<T> {
  readonly value: T;
  /** The expression that produced the value (where a fix would edit). */
  readonly range: Range;
  readonly source: ValueSource;
}

/**
 * One allowed-origin entry, classified by how the library will match it.
 * - exact: compared as a string (how, exactly, depends on the library; see libraries.ts)
 * - regex: a pattern the library matches with its own regex function
 * - any: every origin is allowed; the library answers `*` unless credentials change that
 * - reflect-any: the request's Origin is echoed for every caller (`origin: true`, an always-true callback)
 * - null: the literal origin `null`
 * - dynamic: computed at run time in a way we cannot follow (a callback, a function call)
 */
export type OriginEntry =
  | { kind: 'exact'; value: string; range: Range; source: ValueSource }
  | { kind: 'regex'; pattern: string; flags: string; range: Range; source: ValueSource }
  | { kind: 'any'; range: Range; source: ValueSource }
  | { kind: 'reflect-any'; range: Range; source: ValueSource; how: string }
  | { kind: 'null'; range: Range; source: ValueSource }
  | { kind: 'dynamic'; range: Range; source: ValueSource; how: string };

export interface OriginPolicy {
  readonly entries: readonly OriginEntry[];
  /** The expression holding the origins option, when it is written (absent: library default). */
  readonly range?: Range;
  readonly source: ValueSource;
  /** The option's name as written or as the library spells it (`origins`, `CORS_ALLOWED_ORIGINS`, `origin`). */
  readonly option: string;
  /**
   * The value of an option the library iterates, written as one string: Django reads each character
   * as an origin, Starlette's `in` becomes a substring test. The range is that string.
   */
  readonly notAList?: Range;
}

export type ScopeKind = 'app' | 'router' | 'route' | 'path-pattern' | 'response';

export interface Scope {
  readonly kind: ScopeKind;
  /** A path or pattern when the scope has one (`/api/*`, `r"^/api/.*$"`). */
  readonly pattern?: string;
  /** Registered for OPTIONS only (`app.options('*', cors())`): it answers preflights, never a response a page reads. */
  readonly preflightOnly?: boolean;
}

/**
 * One place where a CORS policy is configured: a `CORS(app)` call, a Django settings module,
 * an `app.use(cors(...))`, a hand-written `Access-Control-Allow-Origin` header.
 */
export interface CorsSite {
  readonly framework: FrameworkId;
  readonly scope: Scope;
  /** The whole construct (call, decorator, settings file); diagnostics fall back to it. */
  readonly range: Range;
  readonly origins: OriginPolicy;
  readonly credentials?: Located<boolean>;
  /**
   * The credentials value as the code hands it over, beside what the library makes of it: a string or
   * number where a boolean belongs (`'true'`, `"False"`, `1`). `text` is the string's content, the
   * number or boolean as written (the default, for an environment read); `env` is an unconverted
   * environment read, a string whenever the variable is set. `range` is the literal (or the read).
   */
  readonly credentialsWritten?: {
    readonly kind: 'bool' | 'string' | 'number' | 'null' | 'env' | 'other';
    readonly text: string;
    readonly range: Range;
    readonly source: ValueSource;
  };
  /**
   * A switch that allows every origin (django-cors-headers' CORS_ALLOW_ALL_ORIGINS), as written, when
   * it is not a bool: the library's start-up check refuses it, and where checks do not run its truthiness decides.
   */
  readonly allOriginsWritten?: NonNullable<CorsSite['credentialsWritten']> & { readonly option: string };
  readonly methods?: Located<readonly string[]>;
  readonly allowHeaders?: Located<readonly string[]>;
  readonly exposeHeaders?: Located<readonly string[]>;
  readonly maxAge?: Located<number>;
  /** Whether the site sets `Vary: Origin` itself (hand-written) or the library does. */
  readonly varyOrigin?: boolean;
  /** flask-cors `send_wildcard`. */
  readonly sendWildcard?: Located<boolean>;
  /** True when the site sits in a development-only file or a DEBUG-guarded block. */
  readonly devOnly: boolean;
}

/** One entry of an ordered registration list (a Django MIDDLEWARE item, an Express `app.use`). */
export interface OrderedEntry {
  readonly name: string;
  readonly range: Range;
  /** The literal mount or route path (`app.use('/api', ...)`, `app.get('/x', ...)`), when there is one. */
  readonly path?: string;
}

/** Facts about how CORS is wired into the app, beside the policy itself; rules judge them. */
export type WiringFact =
  /** `MIDDLEWARE` (or `MIDDLEWARE_CLASSES`) as the file leaves it, `+=` / `+` / tuples resolved. */
  | { kind: 'django-middleware'; range: Range; entries: readonly OrderedEntry[]; source: ValueSource }
  | { kind: 'django-installed-apps'; range: Range; entries: readonly OrderedEntry[]; source: ValueSource }
  /**
   * Express/Koa registrations on one app or router, in source order. `name` is `cors` for the CORS
   * middleware, `route` for `app.get/post/...` handlers, `router` for `app.use(path?, router)`, `static`.
   */
  | { kind: 'express-registrations'; range: Range; target: string; entries: readonly OrderedEntry[] };

/** A deprecated or renamed setting as written. */
export interface SettingUse {
  readonly name: string;
  readonly range: Range;
  /** The range of the name alone, for a rename fix. */
  readonly nameRange: Range;
}

export interface FileModel {
  readonly file: string;
  readonly language: LanguageId;
  readonly sites: readonly CorsSite[];
  readonly wiring: readonly WiringFact[];
  readonly settings: readonly SettingUse[];
  /** The request's path through each app the file configures CORS on (hooks, routes, redirects), when read. */
  readonly apps?: readonly AppChain[];
  /** True when the tree has syntax errors; findings are still produced for the well-formed parts. */
  readonly hasSyntaxErrors: boolean;
}

export type LanguageId = 'python' | 'javascript' | 'typescript' | 'tsx';
