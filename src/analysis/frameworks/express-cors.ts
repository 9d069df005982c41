import { emptyExtraction, type Extractor } from './extractor';

// Placeholder until the adapter lands: recognises nothing.
export const expressCors: Extractor = {
  id: 'express-cors',
  languages: ['javascript', 'typescript', 'tsx'],
  mentions: text => /cors/i.test(text),
  extract: () => emptyExtraction(),
};
