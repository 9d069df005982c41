import { emptyExtraction, type Extractor } from './extractor';

// Placeholder until the adapter lands: recognises nothing.
export const starlette: Extractor = {
  id: 'starlette',
  languages: ['python'],
  mentions: text => /CORSMiddleware|Access-Control/.test(text),
  extract: () => emptyExtraction(),
};
