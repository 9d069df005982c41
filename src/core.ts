// The Node library bundled to dist/core.js: the browser's CORS verdict without VS Code or a network.
export { judge } from './probe/verdict';
export { planRequest } from './probe/plan';
export { consoleMessage } from './probe/console-messages';
export type { Plan } from './probe/plan';
export type {
  CorsError, CredentialsMode, Exchanges, FailingStep, HeaderList, Hop, MaxAge, ProbeRequest, StepKind, Verdict, WireResponse,
} from './probe/types';
