import { literalCredentialsFix, quotedTrue } from '../fixes/boolean-option';
import type { Fix, Severity } from '../model/finding';
import type { CorsSite, LanguageId } from '../model/policy';
import { defineRule } from './define-rule';
import { inherited } from './origin-facts';

type Written = NonNullable<CorsSite['credentialsWritten']>;

/** Words people write for "off" and "on"; the libraries see only a string. */
const READS_OFF = /^(false|no|off|0|n|f|none|null|disabled?)$/i;
const READS_ON = /^(true|yes|on|1|y|t|enabled?)$/i;

interface Verdict {
  readonly message: string;
  readonly severity?: Severity;
  /** The source text the fix writes, and whether doing so keeps what callers can do. */
  readonly fix?: { readonly code: string; readonly applicability: Fix['applicability'] };
}

const BLOCKED = 'browsers block every credentialed request (cookies, `Authorization`, `fetch(…, { credentials: "include" })`)';

function shown(w: Written): string {
  return w.kind === 'string' ? `\`'${w.text}'\`` : `\`${w.text}\``;
}

/** expressjs/cors (NestJS passes `enableCors` options to it) sends the header only for `credentials === true`. */
function strictTrue(site: CorsSite, w: Written): Verdict | undefined {
  const lib = site.framework === 'nestjs' ? 'NestJS hands `credentials` to expressjs/cors, which' : 'expressjs/cors';
  if (w.kind === 'env' && w.source.kind === 'env-default') {
    // `process.env.X ?? true`: the default decides only while X is unset.
    const variable = w.source.variable;
    const unset = site.credentials?.value === true
      ? `when ${variable} is unset the default \`true\` applies and the header is sent, but when it is set, its value is a string, never \`=== true\`, so setting ${variable} (even to \`true\`) stops expressjs/cors from sending Access-Control-Allow-Credentials and then`
      : `when ${variable} is unset the default \`${w.text}\` applies, which is not the boolean \`true\`, and when it is set, its value is a string, never \`=== true\`: ${lib} never sends Access-Control-Allow-Credentials, so`;
    return { message: `\`credentials\` comes from ${variable}: ${unset} ${BLOCKED}.` };
  }
  if (w.kind === 'env' && w.source.kind === 'env') {
    return { message: `\`credentials\` comes from ${w.source.variable}, a string or undefined, never the boolean \`true\`: ${lib} sends no Access-Control-Allow-Credentials whatever the variable says, so ${BLOCKED}.` };
  }
  const on = (w.kind === 'string' && w.text.trim() !== '' && !READS_OFF.test(w.text.trim())) || (w.kind === 'number' && Number(w.text) !== 0);
  if (!on) return undefined;
  const fix = w.kind === 'number' || READS_ON.test(w.text.trim()) ? { code: 'true', applicability: 'unsafe' as const } : undefined;
  return { message: `${lib} sends Access-Control-Allow-Credentials only when \`credentials\` is the boolean \`true\`; ${shown(w)} is a ${w.kind}, so the header is never sent and ${BLOCKED}.`, fix };
}

const OPTION: Partial<Record<CorsSite['framework'], string>> = {
  'flask-cors': '`supports_credentials`',
  starlette: '`allow_credentials`',
  'django-cors-headers': '`CORS_ALLOW_CREDENTIALS`',
};

/** flask-cors, Starlette and django-cors-headers' middleware test the value's truthiness. */
function truthiness(site: CorsSite, w: Written): Verdict | undefined {
  const lib = site.framework === 'flask-cors' ? 'flask-cors' : site.framework === 'starlette' ? 'Starlette' : 'django-cors-headers';
  const option = OPTION[site.framework]!;
  const django = site.framework === 'django-cors-headers';
  const check = 'django-cors-headers\' check corsheaders.E003 ("should be a bool") stops `runserver`, `migrate` and `check`';
  if (w.kind === 'env' && (w.source.kind === 'env' || w.source.kind === 'env-default')) {
    const effect = `any non-empty value of ${w.source.variable}, \`false\` and \`0\` included, turns credentials on`;
    return {
      message: django ? `${option} is read from the environment unconverted: when ${w.source.variable} is set, ${check}, and where checks do not run (gunicorn, uWSGI) ${effect}.` : `${lib} tests ${option} for truthiness, and ${effect}.`,
      severity: 'warning',
    };
  }
  const text = w.text.trim();
  if (w.kind === 'string' && text !== '' && READS_OFF.test(text)) {
    const truthy = `${lib === 'django-cors-headers' ? 'the middleware' : lib} tests ${option} for truthiness, and ${shown(w)} is a non-empty string, so credentials are ON: the allowed origins may send cookies and read the answers`;
    return {
      message: django ? `${option} must be a bool: ${check}, and where checks do not run (gunicorn, uWSGI) ${truthy}.` : `${truthy}.`,
      fix: { code: 'False', applicability: 'safe' },
    };
  }
  // The other libraries do what a truthy or falsy string or number reads as; Django's check refuses them all.
  if (!django || (w.kind !== 'string' && w.kind !== 'number')) return undefined;
  const on = w.kind === 'number' ? Number(text) !== 0 : text !== '';
  return {
    message: `${option} must be a bool: ${check}, and ${shown(w)} only works where checks do not run.`,
    fix: w.kind === 'number' || READS_ON.test(text) ? { code: on ? 'True' : 'False', applicability: 'safe' } : undefined,
  };
}

/** The browser accepts credentials only for the exact header value `true` (Fetch, CORS check). */
function exactTrue(w: Written, language: LanguageId, text: string): Verdict | undefined {
  const value = w.text.trim();
  const pythonTrue = language === 'python' && w.kind === 'bool' && value === 'True';
  const readsOn = (w.kind === 'string' && value !== 'true' && READS_ON.test(value)) || (w.kind === 'number' && Number(value) !== 0);
  if (!pythonTrue && !readsOn) return undefined;
  const sent = pythonTrue
    ? 'Python\'s `True` is sent as `True` by Flask (and is an error in Starlette, which needs a string)'
    : `${shown(w)} is not`;
  return {
    message: `Access-Control-Allow-Credentials must be exactly \`true\` for the browser to accept credentials; ${sent}, so ${BLOCKED}.`,
    fix: { code: quotedTrue(text, w, language === 'python'), applicability: 'unsafe' },
  };
}

/**
 * A fix that turns credentials on is offered only where that cannot open or break anything: every
 * allowed origin is a named https origin, and no `*` list would be taken literally.
 */
function namedOriginsOnly(site: CorsSite): boolean {
  const entries = site.origins.entries;
  const stars = [site.methods, site.allowHeaders, site.exposeHeaders].some(l => l?.value.includes('*'));
  return entries.length > 0 && entries.every(e => e.kind === 'exact' && e.value.startsWith('https://')) && !stars;
}

/** django-cors-headers' CORS_ALLOW_ALL_ORIGINS written as a string or number (conf.py, checks.py E005). */
function allOriginsVerdict(site: CorsSite, w: Written & { option: string }): Verdict {
  const text = w.text.trim();
  const on = w.kind === 'number' ? Number(text) !== 0 : text !== '';
  const who = site.credentials?.value ? 'every origin, with credentials' : 'every origin';
  const where = on ? `where checks do not run (gunicorn, uWSGI) the middleware tests its truthiness, so ${shown(w)} allows ${who}` : `${shown(w)} allows no origin where checks do not run`;
  return {
    message: `${w.option} must be a bool: django-cors-headers' check corsheaders.E005 stops \`runserver\`, \`migrate\` and \`check\`, and ${where}.`,
    // Only "off" is written back: `True` would keep the wildcard the author may not have meant; the list is theirs to write.
    fix: READS_OFF.test(text) ? { code: 'False', applicability: 'safe' } : undefined,
  };
}

function judge(site: CorsSite, w: Written, language: LanguageId, text: string): Verdict | undefined {
  switch (site.framework) {
    case 'express-cors':
    case 'nestjs':
      return strictTrue(site, w);
    case 'flask-cors':
    case 'starlette':
    case 'django-cors-headers':
      return truthiness(site, w);
    case 'hand-written':
      return exactTrue(w, language, text);
    default:
      return undefined;
  }
}

export default defineRule({
  meta: {
    id: 'non-boolean-option',
    description: 'A credentials or all-origins switch of the wrong type does not do what it says',
    category: 'never-works',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, report }) {
    for (const site of model.sites) {
      const all = site.allOriginsWritten;
      if (all && !inherited(all.source)) {
        const verdict = allOriginsVerdict(site, all);
        const fix = verdict.fix && literalCredentialsFix(all, verdict.fix.code, verdict.fix.applicability, { text, language: model.language });
        report({ message: verdict.message, range: all.range, fixes: fix ? [fix] : [] });
      }
      const w = site.credentialsWritten;
      if (!w || inherited(w.source)) continue;
      const verdict = judge(site, w, model.language, text);
      if (!verdict) continue;
      const enables = verdict.fix?.code.replace(/['"`]/g, '').toLowerCase() === 'true' && !site.credentials?.value;
      const fix = verdict.fix && (!enables || namedOriginsOnly(site)) && literalCredentialsFix(w, verdict.fix.code, verdict.fix.applicability, { text, language: model.language });
      report({ message: verdict.message, range: w.range, severity: verdict.severity, fixes: fix ? [fix] : [] });
    }
  },
});
