// Where a fix adds a Python import: after the module's last top-level import (`from __future__`
// ones included), else below everything that must stay on top: the BOM, a shebang (line 1 only),
// the coding line (read only on lines 1–2), a leading comment block and the module docstring.
import type { TextEdit } from '../model/finding';
import { namedChildren, type Node } from '../parse/nodes';
import { afterLineBreak, eolOf, insert, insertLineAfter, lineEndAt } from './edits';

const IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

export function pythonImportEdit(root: Node, text: string, line: string): TextEdit {
  const top = namedChildren(root);
  const last = top.filter(n => IMPORTS.has(n.type)).pop();
  if (last) return insertLineAfter(text, last.endIndex, line);
  const first = top[0];
  if (first?.type === 'expression_statement' && first.namedChildCount === 1 && first.namedChild(0)?.type === 'string') {
    return insertLineAfter(text, first.endIndex, line);
  }
  // No docstring: past the BOM and the leading comment lines (shebang, coding, licence).
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  while (at < text.length && text.slice(at, lineEndAt(text, at)).trimStart().startsWith('#')) {
    const next = afterLineBreak(text, at);
    if (next >= text.length && !text.endsWith('\n')) return insertLineAfter(text, at, line);
    at = next;
  }
  return insert(at, `${line}${eolOf(text)}`);
}
