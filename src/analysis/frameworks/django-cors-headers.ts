import { emptyExtraction, type Extractor } from './extractor';

// Placeholder until the adapter lands: recognises nothing.
export const djangoCorsHeaders: Extractor = {
  id: 'django-cors-headers',
  languages: ['python'],
  mentions: text => /CORS_|corsheaders|MIDDLEWARE|INSTALLED_APPS/.test(text),
  extract: () => emptyExtraction(),
};
