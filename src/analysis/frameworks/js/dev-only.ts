// A CORS call inside `if (process.env.NODE_ENV !== 'production')` or `if (isDev)` only runs in development.
import type { Node } from '../../parse/nodes';
import { unwrap } from '../../values/javascript';
import { guardsOf } from './origin-checks';

const DEV_NAMES = /^(isDev|isDevelopment|IS_DEV|DEV|__DEV__|isLocal|dev)$/;
const PROD_NAMES = /^(isProd|isProduction|IS_PROD|PROD)$/;
const NODE_ENV_TEST = /NODE_ENV\s*(===?|!==?)\s*['"`](\w+)['"`]|['"`](\w+)['"`]\s*(===?|!==?)\s*[\w.[\]'"]*NODE_ENV/;

/** 'dev' when the condition holds only in development, 'prod' only in production. */
function environmentOf(cond: Node): 'dev' | 'prod' | undefined {
  const n = unwrap(cond);
  if (n.type === 'unary_expression' && n.childForFieldName('operator')?.text === '!') {
    const inner = environmentOf(n.childForFieldName('argument')!);
    return inner && (inner === 'dev' ? 'prod' : 'dev');
  }
  if (n.type === 'identifier' || n.type === 'member_expression') {
    const name = n.type === 'identifier' ? n.text : n.childForFieldName('property')?.text ?? '';
    return DEV_NAMES.test(name) ? 'dev' : PROD_NAMES.test(name) ? 'prod' : undefined;
  }
  const m = NODE_ENV_TEST.exec(n.text);
  if (!m || n.type !== 'binary_expression') return undefined;
  const op = m[1] ?? m[4];
  const value = m[2] ?? m[3];
  const isProdValue = /^prod(uction)?$/.test(value);
  const isDevValue = /^(dev|development|local|test)$/.test(value);
  if (!isProdValue && !isDevValue) return undefined;
  const equal = !op.startsWith('!');
  return equal === isProdValue ? 'prod' : 'dev';
}

export function inDevelopmentBlock(node: Node, root: Node): boolean {
  return guardsOf(node, root).some(g => {
    const env = environmentOf(g.node);
    return (env === 'dev' && !g.negated) || (env === 'prod' && g.negated);
  });
}
