import type { ValueSource } from './model/policy';

/** " (the default of $CORS_ORIGINS)" and similar: tells the reader where a value came from. */
export function describeSource(source: ValueSource): string {
  switch (source.kind) {
    case 'variable': return ` (from \`${source.name}\`)`;
    case 'env-default': return ` (the default used when $${source.variable} is unset)`;
    case 'env': return ` (from $${source.variable})`;
    case 'library-default': return ' (the library default)';
    case 'other-file': return ` (inherited from ${source.file})`;
    case 'literal': return '';
  }
}
