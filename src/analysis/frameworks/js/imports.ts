// Which local names hold a CORS library, however the file binds it: `import cors from 'cors'`,
// `import * as cors from 'cors'`, `import cors = require('cors')`, `const cors = require('cors')`,
// `const { default: fastifyCors } = await import('@fastify/cors')`.
import { namedChildren, type Node } from '../../parse/nodes';
import { propertyKey } from '../../values/javascript';
import type { JsCorsLibrary } from './cors-options';
import { moduleOf, stringLiteral } from './syntax';
import type { TreeIndex } from './tree-index';

const CORS_MODULES: Readonly<Record<string, JsCorsLibrary>> = {
  cors: 'express-cors',
  '@fastify/cors': 'fastify-cors',
  'fastify-cors': 'fastify-cors',
  '@koa/cors': 'koa-cors',
};

/** Named exports that are the library itself (`import { fastifyCors } from '@fastify/cors'`). */
const NAMED_DEFAULTS = new Set(['default', 'fastifyCors']);

export function libraryOfModule(node: Node | undefined | null): JsCorsLibrary | undefined {
  const m = moduleOf(node);
  return m === undefined ? undefined : CORS_MODULES[m];
}

/** Local name → library. */
export function corsBindings(index: TreeIndex): Map<string, JsCorsLibrary> {
  const out = new Map<string, JsCorsLibrary>();
  for (const imp of index.of('import_statement')) {
    const clause = namedChildren(imp).find(c => c.type === 'import_clause' || c.type === 'import_require_clause');
    const lib = CORS_MODULES[stringLiteral(imp.childForFieldName('source') ?? clause?.childForFieldName('source')) ?? ''];
    if (!lib || !clause || /^import\s+type\b/.test(imp.text)) continue;
    if (clause.type === 'import_require_clause') {
      const id = clause.namedChild(0);
      if (id?.type === 'identifier') out.set(id.text, lib);
      continue;
    }
    for (const part of namedChildren(clause)) {
      if (part.type === 'identifier') out.set(part.text, lib);
      else if (part.type === 'namespace_import') {
        const id = namedChildren(part).find(c => c.type === 'identifier');
        if (id) out.set(id.text, lib);
      } else if (part.type === 'named_imports') {
        for (const spec of namedChildren(part)) {
          const name = spec.childForFieldName('name')?.text;
          const alias = spec.childForFieldName('alias')?.text;
          if (name && NAMED_DEFAULTS.has(name)) out.set(alias ?? name, lib);
        }
      }
    }
  }
  for (const decl of index.of('variable_declarator')) {
    const lib = libraryOfModule(decl.childForFieldName('value'));
    const name = decl.childForFieldName('name');
    if (!lib || !name) continue;
    if (name.type === 'identifier') out.set(name.text, lib);
    if (name.type === 'object_pattern') {
      // const { default: cors } = await import('@fastify/cors')
      for (const p of namedChildren(name)) {
        const key = p.type === 'pair_pattern' ? p.childForFieldName('key') : p;
        const local = p.type === 'pair_pattern' ? p.childForFieldName('value') : p;
        if (key && local?.type.endsWith('identifier') && NAMED_DEFAULTS.has(propertyKey(key) ?? key.text)) out.set(local.text, lib);
      }
    }
  }
  return out;
}
