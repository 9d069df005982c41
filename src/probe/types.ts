/** Header lists keep wire order, case and duplicates: CORS verdicts depend on all three. */
export type HeaderList = ReadonlyArray<readonly [string, string]>;

export type CredentialsMode = 'omit' | 'same-origin' | 'include';

/** What the page asks `fetch()` to do. */
export interface ProbeRequest {
  readonly url: string;
  /** The page's origin, serialised (`http://localhost:3000`). */
  readonly origin: string;
  readonly method: string;
  readonly headers: HeaderList;
  readonly credentials: CredentialsMode;
}

/** One HTTP response as received. */
export interface WireResponse {
  readonly status: number;
  readonly headers: HeaderList;
}

/**
 * What the server answered, one entry per request the browser would send, in order.
 * `hops[i].response` answers the actual request sent to the i-th URL (all but the last are
 * redirects, whose `Location` gives the next URL); `hops[i].preflight` answers the preflight sent
 * before it, when one is needed. The shorthand `{preflight, actual: [...]}` means the same with the
 * preflight on the first hop.
 */
export interface Hop {
  readonly preflight?: WireResponse;
  readonly response?: WireResponse;
}
export type Exchanges =
  | { readonly hops: readonly Hop[] }
  | { readonly preflight?: WireResponse; readonly actual?: readonly WireResponse[] };

/** Chromium's `network::mojom::CorsError` names, as the DevTools protocol spells them. */
export type CorsError =
  | 'WildcardOriginNotAllowed'
  | 'MissingAllowOriginHeader'
  | 'MultipleAllowOriginValues'
  | 'InvalidAllowOriginValue'
  | 'AllowOriginMismatch'
  | 'InvalidAllowCredentials'
  | 'CorsDisabledScheme'
  | 'PreflightInvalidStatus'
  | 'PreflightDisallowedRedirect'
  | 'PreflightWildcardOriginNotAllowed'
  | 'PreflightMissingAllowOriginHeader'
  | 'PreflightMultipleAllowOriginValues'
  | 'PreflightInvalidAllowOriginValue'
  | 'PreflightAllowOriginMismatch'
  | 'PreflightInvalidAllowCredentials'
  | 'InvalidAllowMethodsPreflightResponse'
  | 'InvalidAllowHeadersPreflightResponse'
  | 'MethodDisallowedByPreflightResponse'
  | 'HeaderDisallowedByPreflightResponse'
  | 'RedirectContainsCredentials';

/** Which request of the exchange failed: the plan itself, a preflight, or an actual-request hop. */
export type StepKind = 'plan' | 'preflight' | 'actual';

export interface FailingStep {
  readonly kind: StepKind;
  /** Index into the hops (0 = the URL the page asked for). */
  readonly hop: number;
  readonly url: string;
}

export interface MaxAge {
  /** Seconds Chrome keeps the preflight (5 when absent or invalid, at most 7200). */
  readonly chrome: number;
  /** Seconds Firefox keeps it (at most 86400). */
  readonly firefox: number;
  /** The header as sent, when present. */
  readonly header?: string;
}

export interface Verdict {
  /** No step supplied failed. Check `complete` too: a missing response is not a pass. */
  readonly allowed: boolean;
  /** Every response the browser would need was supplied (preflights and a final non-redirect). */
  readonly complete: boolean;
  readonly failingStep: FailingStep | null;
  readonly corsError: CorsError | null;
  /** What Chrome prints in the console for the failure (`Access to fetch at ...`). */
  readonly message: string | null;
  readonly warnings: readonly string[];
  readonly preflightNeeded: boolean;
  /** Why a preflight is needed, one reason a line (`method PUT is not CORS-safelisted`). */
  readonly preflightReasons: readonly string[];
  readonly maxAge?: MaxAge;
  /** Response header names page script can read, lower-cased. */
  readonly exposedHeaders?: readonly string[];
  /** The URL the page ends up reading from (after redirects). */
  readonly finalUrl: string;
}
