// The settings django-cors-headers reads (corsheaders/conf.py), with the old names it still honours
// and its defaults (corsheaders/defaults.py). Debian's 3.14.0 and the current release agree on the
// names; 3.14.0's default header list also held accept-encoding, dnt and origin.

/** Current name first, then the deprecated alias: conf.py reads the alias only when the current name is unset. */
export const ALLOW_ALL = ['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL'] as const;
export const ALLOWED_ORIGINS = ['CORS_ALLOWED_ORIGINS', 'CORS_ORIGIN_WHITELIST'] as const;
export const ALLOWED_REGEXES = ['CORS_ALLOWED_ORIGIN_REGEXES', 'CORS_ORIGIN_REGEX_WHITELIST'] as const;

export const CREDENTIALS = 'CORS_ALLOW_CREDENTIALS';
export const METHODS = 'CORS_ALLOW_METHODS';
export const ALLOW_HEADERS = 'CORS_ALLOW_HEADERS';
export const EXPOSE_HEADERS = 'CORS_EXPOSE_HEADERS';
export const MAX_AGE = 'CORS_PREFLIGHT_MAX_AGE';
export const URLS_REGEX = 'CORS_URLS_REGEX';

/**
 * Names only django-cors-headers uses, so writing one marks a Django settings module. flask-cors
 * config keys share CORS_ALLOW_HEADERS and CORS_EXPOSE_HEADERS, which therefore prove nothing alone.
 */
export const DJANGO_ONLY_SETTINGS: readonly string[] = [
  ...ALLOW_ALL, ...ALLOWED_ORIGINS, ...ALLOWED_REGEXES, CREDENTIALS, METHODS, MAX_AGE, URLS_REGEX,
  'CORS_ALLOW_PRIVATE_NETWORK', 'CORS_MODEL', 'CORS_REPLACE_HTTPS_REFERER',
];

export const DEFAULT_METHODS: readonly string[] = ['DELETE', 'GET', 'OPTIONS', 'PATCH', 'POST', 'PUT'];
export const DEFAULT_ALLOW_HEADERS: readonly string[] = ['accept', 'authorization', 'content-type', 'user-agent', 'x-csrftoken', 'x-requested-with'];
export const DEFAULT_MAX_AGE = 86400;

/** Django reads MIDDLEWARE; MIDDLEWARE_CLASSES only when MIDDLEWARE is unset (Django < 2.0). */
export const MIDDLEWARE_NAMES = ['MIDDLEWARE', 'MIDDLEWARE_CLASSES'] as const;
export const INSTALLED_APPS = 'INSTALLED_APPS';
export const POST_CSRF_MIDDLEWARE = 'corsheaders.middleware.CorsPostCsrfMiddleware';
