import type { FrameworkId } from './policy';

/**
 * What each library really does, read from its source (the versions Debian bookworm and npm ship):
 * how it matches an origin, and what it answers when "any origin" meets credentials.
 */
export interface LibrarySemantics {
  readonly label: string;
  /**
   * `prefix`: re.match / RegExp without anchors checks only the start (flask-cors, django-cors-headers);
   * `full`: the whole origin must match (Starlette's fullmatch);
   * `search`: unanchored anywhere-in-string (RegExp.prototype.test in expressjs/cors, @fastify/cors).
   */
  readonly regexMatch: 'prefix' | 'full' | 'search' | 'none';
  /**
   * `reflect`: answers each caller with its own origin plus credentials (an open door);
   * `literal-star`: sends `*` with `Allow-Credentials: true`, which every browser rejects.
   */
  readonly anyWithCredentials: 'reflect' | 'literal-star';
  /**
   * How a plain origin string is compared: `exact` (===), `casefold` (flask-cors), or
   * `scheme-netloc` (django-cors-headers compares urlsplit's scheme and netloc, and its system
   * checks E013/E014 stop the server for an origin with no scheme or with a path).
   */
  readonly exactMatch: 'exact' | 'casefold' | 'scheme-netloc';
  /** Whether a plain origin string containing `*` is treated as a regex (flask-cors) or compared as is. */
  readonly starInStringIsRegex: boolean;
  /** Which `*` lists reach the wire as a literal `*` (which browsers ignore when credentials are on). */
  readonly literalStar: { readonly methods: boolean; readonly allowHeaders: boolean; readonly exposeHeaders: boolean };
}

const ALL_LITERAL = { methods: true, allowHeaders: true, exposeHeaders: true } as const;
/** Echoes the requested methods/headers for `*`; only expose lists reach the wire literally. */
const ECHOES_STAR = { methods: false, allowHeaders: false, exposeHeaders: true } as const;
/** expressjs/cors 2.8 (`lib/index.js`): RegExp#test, `===` for strings, `*` sent as is. */
const EXPRESS_LIKE = {
  regexMatch: 'search',
  anyWithCredentials: 'literal-star',
  exactMatch: 'exact',
  starInStringIsRegex: false,
  literalStar: ALL_LITERAL,
} as const;

export const LIBRARIES: Record<FrameworkId, LibrarySemantics> = {
  // flask_cors/core.py: probably_regex → re.match(IGNORECASE); else casefold equality; "*" → ".*".
  'flask-cors': {
    label: 'flask-cors',
    regexMatch: 'prefix',
    anyWithCredentials: 'reflect',
    exactMatch: 'casefold',
    starInStringIsRegex: true,
    literalStar: ECHOES_STAR,
  },
  // corsheaders/middleware.py: re.match for regexes, urlsplit scheme+netloc for origins.
  'django-cors-headers': {
    label: 'django-cors-headers',
    regexMatch: 'prefix',
    anyWithCredentials: 'reflect',
    exactMatch: 'scheme-netloc',
    starInStringIsRegex: false,
    literalStar: ALL_LITERAL,
  },
  // starlette/middleware/cors.py: fullmatch, `in` for the origin list, echoes origin with cookies.
  starlette: {
    label: 'Starlette CORSMiddleware',
    regexMatch: 'full',
    anyWithCredentials: 'reflect',
    exactMatch: 'exact',
    starInStringIsRegex: false,
    literalStar: ECHOES_STAR,
  },
  'express-cors': { label: 'expressjs/cors', ...EXPRESS_LIKE },
  'fastify-cors': { label: '@fastify/cors', ...EXPRESS_LIKE },
  nestjs: { label: 'NestJS enableCors (expressjs/cors)', ...EXPRESS_LIKE },
  // @koa/cors 5: `*` with credentials becomes the request origin; no regex support.
  'koa-cors': { ...EXPRESS_LIKE, label: '@koa/cors', regexMatch: 'none', anyWithCredentials: 'reflect' },
  'hand-written': { label: 'hand-written headers', ...EXPRESS_LIKE },
};
