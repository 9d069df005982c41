// A rough lexer shared by Python and JavaScript: enough to cut, copy and wrap at token boundaries
// (strings and comments stay whole), not a parser; the analyzer's own tree-sitter grammars judge the result.
'use strict';

const TOKEN = new RegExp([
  /[ \t]+/.source,
  /\r\n|\r|\n/.source,
  /#[^\r\n]*|\/\/[^\r\n]*|\/\*[\s\S]*?\*\//.source,
  /[rRbBfFuU]{0,2}(?:"""[\s\S]*?"""|'''[\s\S]*?''')/.source,
  /[rRbBfFuU]{0,2}(?:"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')/.source,
  /`(?:[^`\\]|\\[\s\S])*`/.source,
  /\d[\w.]*/.source,
  /[\p{L}_$][\p{L}\p{N}_$]*/u.source,
  /[\s\S]/.source,
].join('|'), 'gu');

/** The text as tokens: concatenated they give the text back exactly. */
function tokenize(text) {
  return text.match(TOKEN) ?? [];
}

const STRING = /^[rRbBfFuU]{0,2}["'`]/;
const WORD = /^[\p{L}_$]/u;

const isString = t => STRING.test(t);
const isWord = t => WORD.test(t);
const isNumber = t => /^\d/.test(t);
/** Tokens a value can stand in for: what wrapping in brackets or a ternary keeps meaningful. */
const isValue = t => isString(t) || isNumber(t) || (isWord(t) && !KEYWORDS.has(t));

const KEYWORDS = new Set(['import', 'from', 'def', 'class', 'return', 'const', 'let', 'var', 'function',
  'if', 'else', 'elif', 'for', 'while', 'in', 'of', 'as', 'async', 'await', 'export', 'new', 'with', 'try',
  'except', 'finally', 'catch', 'lambda', 'not', 'and', 'or', 'is', 'pass', 'raise', 'throw', 'yield']);

module.exports = { tokenize, isString, isValue };
