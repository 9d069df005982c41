import brokenCredentialsWildcard from './broken-credentials-wildcard';
import credentialsWithAnyOrigin from './credentials-with-any-origin';
import type { Rule } from './define-rule';
import deprecatedSetting from './deprecated-setting';
import insecureHttpOrigin from './insecure-http-origin';
import malformedOrigin from './malformed-origin';
import middlewareOrder from './middleware-order';
import missingApp from './missing-app';
import missingVary from './missing-vary';
import nonBooleanOption from './non-boolean-option';
import nullOrigin from './null-origin';
import optionsNotAnswered from './options-not-answered';
import originFromUnsetEnv from './origin-from-unset-env';
import preflightRedirected from './preflight-redirected';
import preflightRejectedByHook from './preflight-rejected-by-hook';
import reflectOrigin from './reflect-origin';
import regexStatefulFlag from './regex-stateful-flag';
import unsupportedWildcardMethods from './unsupported-wildcard-methods';
import weakRegex from './weak-regex';
import wildcardOrigin from './wildcard-origin';
import wildcardWithCredentialsHeaders from './wildcard-with-credentials-headers';

/** Every rule, sorted by id; the id is the diagnostic's code and the docs page's name. */
export const RULES: readonly Rule[] = [
  brokenCredentialsWildcard,
  credentialsWithAnyOrigin,
  deprecatedSetting,
  insecureHttpOrigin,
  malformedOrigin,
  middlewareOrder,
  missingApp,
  missingVary,
  nonBooleanOption,
  nullOrigin,
  optionsNotAnswered,
  originFromUnsetEnv,
  preflightRedirected,
  preflightRejectedByHook,
  reflectOrigin,
  regexStatefulFlag,
  unsupportedWildcardMethods,
  weakRegex,
  wildcardOrigin,
  wildcardWithCredentialsHeaders,
];
