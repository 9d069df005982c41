import { emptyExtraction, type Extractor } from './extractor';

// Placeholder until the adapter lands: recognises nothing.
export const handWrittenJs: Extractor = {
  id: 'hand-written-js',
  languages: ['javascript', 'typescript', 'tsx'],
  mentions: text => /Access-Control-/i.test(text),
  extract: () => emptyExtraction(),
};
