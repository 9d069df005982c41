// "Add http://localhost:3000 to allowed origins": one action per site and origin. It appends to the
// list the author wrote, creates the option where there is none, and never opens a site wider than
// the one origin; where an edit would be pointless or wrong it says why instead.
import type { Fix } from '../model/finding';
import { LIBRARIES } from '../model/libraries';
import type { CorsSite, FileModel, OriginEntry } from '../model/policy';
import type { Range } from '../model/range';
import type { Node } from '../parse/nodes';
import { normalize } from '../rules/origin-shape';
import { anyEntries } from '../rules/origin-facts';
import { appendItem, insert, makeFix, replace } from './edits';
import { createOriginsOption, elsewhere, originsTarget } from './origin-sites';
import { allowlistFix, EDITABLE, sameOrigin } from './origins';
import { userRegex } from '../simulate/origins';
import { languageFromPath } from '../parse/parser';
import { enclosingSequence, isPython, nodeAt, quoteStyle, stringLiteral, withFixFile, withSyntax, type FixContext } from './syntax';

export interface AddOriginAction {
  /** The site the action belongs to (a code action shows where this range intersects the cursor). */
  readonly siteRange: Range;
  readonly origin: string;
  readonly title: string;
  /** The edit; absent when adding is impossible or pointless (then `explanation` says why). */
  readonly fix?: Fix;
  /**
   * One sentence. Without `fix`: why nothing is edited (show it as a disabled action). With `fix`
   * (sites that allow every origin): why adding is pointless; `fix` is then the separate action
   * that replaces the wildcard with the origin.
   */
  readonly explanation?: string;
  /** The file `fix` edits when it is not the site's: the allowlist module the site imports. */
  readonly file?: string;
}

/** `readFile` reads the modules a site's origins come from, so the origin can be added to the list there. */
export function addOriginActions(model: FileModel, text: string, origins: readonly string[], readFile?: (file: string) => string | undefined): AddOriginAction[] {
  const ctx: FixContext = { text, language: model.language };
  const wanted = origins.map(o => normalize(o) ?? o).filter((o, i, all) => all.indexOf(o) === i);
  return model.sites.flatMap(site => wanted.map(origin => actionFor(site, origin, ctx, readFile)));
}

function actionFor(site: CorsSite, origin: string, ctx: FixContext, readFile?: (file: string) => string | undefined): AddOriginAction {
  const base = { siteRange: site.range, origin, title: `Add ${origin} to allowed origins` };
  const explain = (explanation: string) => ({ ...base, explanation });

  const allowedBy = site.origins.entries.find(e => admits(site, e, origin));
  if (allowedBy) {
    const by = allowedBy.kind === 'regex' ? ` by the pattern \`${allowedBy.pattern}\`` : '';
    const env = allowedBy.source.kind === 'env-default' ? `, in the default used when ${allowedBy.source.variable} is unset` : '';
    return explain(`${origin} is already allowed here${by}${env}.`);
  }

  const every = anyEntries(site)[0] ?? site.origins.entries.find(e => e.kind === 'reflect-any');
  if (every) {
    const what = every.kind === 'reflect-any' ? 'the reflected origin' : 'the wildcard';
    const title = `Replace ${what} with ${origin}`;
    const fix = allowlistFix(site, every, ctx, [origin], title);
    return {
      ...base,
      title: fix ? title : base.title,
      fix,
      explanation: `Every origin is already allowed here, so adding ${origin} changes nothing${fix ? `; "${title}" allows only the listed origins instead` : ''}.`,
    };
  }

  // The list itself comes from elsewhere, or every entry does (an env var inside a literal list does not count).
  const entries = site.origins.entries;
  const outside = elsewhere(site.origins.source) ? site.origins.source
    : entries.length > 0 && entries.every(e => elsewhere(e.source)) ? entries[0].source : undefined;
  if (outside?.kind === 'env' || outside?.kind === 'env-default') {
    const dflt = outside.kind === 'env-default' ? ' (the list written here is only the default used when it is unset)' : '';
    return explain(`The allowed origins come from the environment variable ${outside.variable}${dflt}; add ${origin} to its value where the environment is set, e.g. a .env file.`);
  }
  if (outside?.kind === 'other-file') return explain(`These origins are set in ${outside.file}; add ${origin} there.`);
  // A list imported from another module (config/allowedOrigins.js) takes the origin there.
  const module = importedFrom(site);
  if (module !== undefined) {
    const text = readFile?.(module);
    const language = languageFromPath(module);
    const fix = text !== undefined && language
      ? withFixFile(module, () => withSyntax({ text, language }, root => appendToCheckedList(site, root, { text, language }, origin)))
      : undefined;
    return fix ? { ...base, fix, file: module } : explain(`These origins are written in ${module}; add ${origin} to the list there.`);
  }
  // Hand-written code that echoes the origin after checking it against one list: the list takes the origin.
  const checked = site.framework === 'hand-written' ? withSyntax(ctx, root => appendToCheckedList(site, root, ctx, origin)) : undefined;
  if (checked) return { ...base, fix: checked };
  const dynamic = site.origins.entries.find(e => e.kind === 'dynamic');
  if (dynamic?.kind === 'dynamic') {
    // `CORS_ALLOWED_ORIGINS = "https://a.example"` (a string where a list belongs) becomes the list it meant.
    const notAList = site.origins.notAList;
    const listed = notAList && withSyntax(ctx, root => stringToList(root, notAList, origin));
    if (listed) return { ...base, fix: listed };
    return explain(`The allowed origins are decided at run time here (${dynamic.how}); add ${origin} in the code that decides.`);
  }

  if (site.framework === 'hand-written') {
    return explain(`This Access-Control-Allow-Origin header is written by hand; add ${origin} to the check that decides it.`);
  }
  if (!EDITABLE.has(site.framework)) return explain(`${LIBRARIES[site.framework].label} takes one origin or a function, not a list; add ${origin} in that function.`);

  const fix = withSyntax(ctx, root => addEdits(site, root, ctx, origin));
  return fix ? { ...base, fix } : explain(`CORS Lens cannot tell where this site's allowed origins are written; add ${origin} there by hand.`);
}

function addEdits(site: CorsSite, root: Node, ctx: FixContext, origin: string): Fix | undefined {
  const target = originsTarget(site, root);
  if (!target) return undefined;
  const title = `Add ${origin} to allowed origins`;
  const edits = (() => {
    if (target.kind === 'missing') return createOriginsOption(site, root, ctx, [origin]);
    if (target.kind === 'joined') {
      // Just inside the closing quote.
      const end = target.node.lastChild?.type === 'string_end' ? target.node.lastChild.startIndex : target.node.endIndex - 1;
      return [insert(end, `${target.separator}${origin}`)];
    }
    const literal = stringLiteral(origin, quoteStyle(target.node, root, isPython(ctx)));
    if (target.kind === 'sequence') return appendItem(ctx.text, target.node, literal);
    // One origin written as a string (or one regex) becomes a list of both.
    return [replace(target.node, `[${target.node.text}, ${literal}]`)];
  })();
  return edits && makeFix(title, 'unsafe', false, edits);
}

/** The one other file every listed origin of the site is written in, if there is one. */
function importedFrom(site: CorsSite): string | undefined {
  const listed = site.origins.entries.filter(e => e.kind === 'exact' || e.kind === 'regex' || e.kind === 'null');
  const file = listed[0]?.range.file;
  return file !== undefined && listed.every(e => e.range.file === file) ? file : undefined;
}

function appendToCheckedList(site: CorsSite, root: Node, ctx: FixContext, origin: string): Fix | undefined {
  const exact = site.origins.entries.filter(e => e.kind === 'exact' && (e.source.kind === 'literal' || e.source.kind === 'variable'));
  const lists = exact.map(e => nodeAt(root, e.range)).map(n => n && enclosingSequence(n));
  const list = lists[0];
  if (!list || lists.some(l => !l?.equals(list))) return undefined;
  const literal = stringLiteral(origin, quoteStyle(list, root, isPython(ctx)));
  return makeFix(`Add ${origin} to allowed origins`, 'unsafe', false, appendItem(ctx.text, list, literal));
}

function stringToList(root: Node, range: Range, origin: string): Fix | undefined {
  // `("https://a.example")`, the tuple that lost its comma, is a string in parentheses: the whole range goes.
  const node = nodeAt(root, range);
  if (node?.type !== 'string') return undefined;
  const literal = stringLiteral(origin, quoteStyle(node, root, true));
  return makeFix(`Add ${origin} to allowed origins`, 'unsafe', false, [replace(range, `[${node.text}, ${literal}]`)]);
}

/** Whether the library would already let `origin` through because of `entry`. */
function admits(site: CorsSite, entry: OriginEntry, origin: string): boolean {
  if (entry.kind === 'exact') return sameOrigin(entry.value, origin);
  if (entry.kind !== 'regex') return false;
  const lib = LIBRARIES[site.framework];
  const body = entry.pattern.replace(/\\Z$/, '$');
  const source = lib.regexMatch === 'full' ? `^(?:${body})$` : lib.regexMatch === 'prefix' ? `^(?:${body})` : body;
  const flags = /i|IGNORECASE|\bre\.I\b/.test(entry.flags) || site.framework === 'flask-cors' ? 'i' : '';
  return userRegex(source, flags)?.test(origin) ?? false;
}
