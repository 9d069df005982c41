import { removeMethodsFix } from '../fixes/methods-option';
import { defineRule } from './define-rule';
import { inherited } from './origin-facts';

export default defineRule({
  meta: {
    id: 'unsupported-wildcard-methods',
    description: 'flask-cors does not understand `*` in `methods`',
    category: 'never-works',
    defaultSeverity: 'error',
    fixable: true,
  },
  check({ model, text, report }) {
    for (const site of model.sites) {
      const methods = site.methods;
      // flask-cors tests `requested_method in ", ".join(methods)`, a substring test `*` never passes.
      if (site.framework !== 'flask-cors' || !methods?.value.includes('*') || inherited(methods.source)) continue;
      const others = methods.value.filter(m => m !== '*');
      const blocked = others.length === 0
        ? 'every preflight gets no Access-Control-Allow-Methods or Access-Control-Allow-Headers, and the browser blocks every request that needs one'
        : `preflights for any method but ${others.join(', ')} get no Access-Control-Allow-Methods or Access-Control-Allow-Headers, and the browser blocks those requests`;
      report({
        message: `flask-cors checks the requested method against the text of \`methods\`, where \`*\` matches nothing, so ${blocked}.`,
        range: methods.range,
        fixes: [removeMethodsFix(methods, { text, language: model.language })].filter(f => f !== undefined),
      });
    }
  },
});
