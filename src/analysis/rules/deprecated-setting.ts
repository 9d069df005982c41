import { removeSettingFix, renameSettingFix } from '../fixes/deprecated';
import { defineRule } from './define-rule';

/** django-cors-headers 3.5 renamed these; the old names still work but hide the current documentation. */
const RENAMED: Readonly<Record<string, string>> = {
  CORS_ORIGIN_WHITELIST: 'CORS_ALLOWED_ORIGINS',
  CORS_ORIGIN_REGEX_WHITELIST: 'CORS_ALLOWED_ORIGIN_REGEXES',
  CORS_ORIGIN_ALLOW_ALL: 'CORS_ALLOW_ALL_ORIGINS',
};
/** Removed outright: setting them does nothing any more. */
const REMOVED: Readonly<Record<string, string>> = {
  CORS_MODEL: 'was removed in django-cors-headers 3.0; the model-based allowlist no longer exists',
  CORS_REPLACE_HTTPS_REFERER: 'was removed in django-cors-headers 4.0 together with CorsPostCsrfMiddleware',
  'corsheaders.middleware.CorsPostCsrfMiddleware': 'was removed in django-cors-headers 4.0; Django 4 checks CSRF origins itself (CSRF_TRUSTED_ORIGINS)',
};

export default defineRule({
  meta: {
    id: 'deprecated-setting',
    description: 'A deprecated or removed django-cors-headers setting',
    category: 'wiring',
    defaultSeverity: 'info',
    fixable: true,
  },
  check({ model, text, report }) {
    const ctx = { text, language: model.language };
    const written = new Set(model.settings.map(s => s.name));
    for (const use of model.settings) {
      const current = RENAMED[use.name];
      if (current) {
        const both = written.has(current);
        report({
          message: both
            ? `\`${use.name}\` is the old name of \`${current}\`, which is also set (in this file or one it imports); the new name wins and this one is ignored.`
            : `\`${use.name}\` is the deprecated name of \`${current}\`; rename it.`,
          range: use.nameRange,
          severity: both ? 'warning' : 'info',
          // Renaming beside the current name would make the old value win. Deleting the ignored line keeps
          // behaviour but drops origins someone meant to allow, so it waits for a person to confirm.
          fixes: [both ? removeSettingFix(use, ctx, 'unsafe') : renameSettingFix(use, current, ctx)].filter(f => f !== undefined),
        });
      } else if (REMOVED[use.name]) {
        // CORS_MODEL did nothing since 3.0; the others still act on django-cors-headers 3.x.
        const fix = removeSettingFix(use, ctx, use.name === 'CORS_MODEL' ? 'safe' : 'unsafe');
        report({ message: `\`${use.name}\` ${REMOVED[use.name]}.`, range: use.nameRange, severity: 'warning', fixes: fix ? [fix] : [] });
      }
    }
  },
});
