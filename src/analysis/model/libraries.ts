import type { FrameworkId } from './policy';

/**
 * What each library really does, read from its source (see docs/library-semantics.md):
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
  /** Whether a plain origin string containing `*` is treated as a regex (flask-cors) or compared as is. */
  readonly starInStringIsRegex: boolean;
  /** Which `*` lists reach the wire as a literal `*` (which browsers ignore when credentials are on). */
  readonly literalStar: { readonly methods: boolean; readonly allowHeaders: boolean; readonly exposeHeaders: boolean };
}

const ALL_LITERAL = { methods: true, allowHeaders: true, exposeHeaders: true } as const;

export const LIBRARIES: Record<FrameworkId, LibrarySemantics> = {
  'flask-cors': { label: 'flask-cors', regexMatch: 'prefix', anyWithCredentials: 'reflect', starInStringIsRegex: true,
    literalStar: { methods: false, allowHeaders: false, exposeHeaders: true } },
  'django-cors-headers': { label: 'django-cors-headers', regexMatch: 'prefix', anyWithCredentials: 'reflect', starInStringIsRegex: false,
    literalStar: ALL_LITERAL },
  starlette: { label: 'Starlette CORSMiddleware', regexMatch: 'full', anyWithCredentials: 'reflect', starInStringIsRegex: false,
    literalStar: { methods: false, allowHeaders: false, exposeHeaders: true } },
  'express-cors': { label: 'expressjs/cors', regexMatch: 'search', anyWithCredentials: 'literal-star', starInStringIsRegex: false,
    literalStar: ALL_LITERAL },
  'fastify-cors': { label: '@fastify/cors', regexMatch: 'search', anyWithCredentials: 'literal-star', starInStringIsRegex: false,
    literalStar: ALL_LITERAL },
  'koa-cors': { label: '@koa/cors', regexMatch: 'none', anyWithCredentials: 'reflect', starInStringIsRegex: false,
    literalStar: ALL_LITERAL },
  nestjs: { label: 'NestJS enableCors (expressjs/cors)', regexMatch: 'search', anyWithCredentials: 'literal-star', starInStringIsRegex: false,
    literalStar: ALL_LITERAL },
  'hand-written': { label: 'hand-written headers', regexMatch: 'search', anyWithCredentials: 'literal-star', starInStringIsRegex: false,
    literalStar: ALL_LITERAL },
};
