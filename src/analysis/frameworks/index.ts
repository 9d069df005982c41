import { djangoCorsHeaders } from './django-cors-headers';
import { expressCors } from './express-cors';
import type { Extractor } from './extractor';
import { flaskCors } from './flask-cors';
import { handWrittenJs } from './hand-written-js';
import { handWrittenPy } from './hand-written-py';
import { starlette } from './starlette';

/** Every framework adapter; analyze() runs those whose language and `mentions` test match. */
export const EXTRACTORS: readonly Extractor[] = [flaskCors, starlette, djangoCorsHeaders, expressCors, handWrittenJs, handWrittenPy];
