import { installAppFix } from '../fixes/wiring';
import { defineRule } from './define-rule';
import { CORS_MIDDLEWARE } from './middleware-order';

export default defineRule({
  meta: {
    id: 'missing-app',
    description: "`corsheaders` is not in INSTALLED_APPS, so django-cors-headers' own checks never run",
    category: 'wiring',
    defaultSeverity: 'warning',
    fixable: true,
  },
  check({ model, text, report }) {
    const apps = model.wiring.find(w => w.kind === 'django-installed-apps');
    if (!apps || apps.entries.some(e => e.name === 'corsheaders' || e.name.startsWith('corsheaders.'))) return;
    const usesCors = model.sites.some(s => s.framework === 'django-cors-headers')
      || model.wiring.some(w => w.kind === 'django-middleware' && w.entries.some(e => e.name === CORS_MIDDLEWARE));
    if (!usesCors) return;
    report({
      message: "django-cors-headers is configured but `'corsheaders'` is not in INSTALLED_APPS, so its system checks (which catch malformed origins at startup) never run.",
      range: apps.range,
      fixes: [installAppFix(apps, { text, language: model.language })].filter(f => f !== undefined),
    });
  },
});
