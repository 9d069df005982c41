// Patterns written to hurt a backtracking regex engine (nested and overlapping quantifiers), huge
// alternations, and patterns that do not compile: origins a project might (mis)write in any of them.
'use strict';

const CATASTROPHIC = [
  '^(a?){30}a{30}$',
  '^(a+)+$',
  '^(a|a)*$',
  '^(a|aa)+$',
  '(x+x+)+y',
  '^(\\w+\\s?)*$',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '^https:\\/\\/(a|a)*\\.example\\.com$',
  '^(https?:\\/\\/)?([\\w-]+\\.)*[\\w-]+\\.example\\.com(:\\d+)*$',
  '^https:\\/\\/(.*)*\\.example\\.com$',
  '^https:\\/\\/(.*\\.)*(.*)*$',
  '[\\s\\S]*[\\s\\S]*[\\s\\S]*[\\s\\S]*[\\s\\S]*z',
  '^(.*a){25}$',
  '^https://([a-z0-9]+)+\\.example\\.com$',
  '^(\\d+)*$',
  '^(a+)\\1*b$',
  '^((ab)*|a(ba)*)+$',
];

const HUGE = [
  '^https:\\/\\/(' + Array.from({ length: 800 }, (_, i) => `app${i}\\.example\\.com`).join('|') + ')$',
  '^https:\\/\\/' + 'a?'.repeat(400) + 'a'.repeat(400) + '$',
  '^https:\\/\\/[a-z]{1,1000}\\.[a-z]{1,1000}\\.[a-z]{1,1000}$',
  '^(' + '(a)'.repeat(300) + ')$',
];

/** Compile errors in JavaScript and in Python's re alike (or only in one of them). */
const INVALID = ['(unclosed', '[z-a]', '*leading', 'a{2,1}', '(?<n>a)\\k<m>', '\\', '(?P<n>a)(?P=n)', '(?<=a+)b', '\\p{Nope}'];

const HOSTILE_JS_REGEXES = [...CATASTROPHIC, ...HUGE].flatMap(p => [`/${p}/`, `/${p}/i`])
  .concat(['/^https:\\/\\/.*$/gy', '/\\p{L}+\\.example\\.com/u', '/^(?<sub>[a-z]+)\\.example\\.com$/d', '/[\\p{L}--[a-z]]/v']);
const INVALID_JS_REGEXES = INVALID.map(p => `/${p.replace(/\//g, '\\/')}/`);
const HOSTILE_PY_PATTERNS = [...CATASTROPHIC, ...HUGE].map(p => p.replace(/\\\//g, '/'));
const INVALID_PY_PATTERNS = INVALID;

module.exports = { HOSTILE_JS_REGEXES, INVALID_JS_REGEXES, HOSTILE_PY_PATTERNS, INVALID_PY_PATTERNS, CATASTROPHIC };
