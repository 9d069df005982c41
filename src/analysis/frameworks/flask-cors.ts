import { emptyExtraction, type Extractor } from './extractor';

// Placeholder until the adapter lands: recognises nothing.
export const flaskCors: Extractor = {
  id: 'flask-cors',
  languages: ['python'],
  mentions: text => /flask_cors|cross_origin|CORS_/.test(text),
  extract: () => emptyExtraction(),
};
