// The probe's only network code. One request, no redirect following, no cookie jar, a hard
// deadline, and every failure turned into one sentence a developer can act on.
import { lookup as dnsLookup, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent, type Dispatcher } from 'undici';
import type { HeaderList, WireResponse } from './types';

export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: HeaderList;
}

export interface ReceivedResponse extends WireResponse {
  readonly statusText: string;
  /** The start of the body, decoded as UTF-8 (the verdict never depends on it). */
  readonly body: string;
  readonly bodyTruncated: boolean;
}

export type FailureKind = 'refused' | 'dns' | 'tls' | 'timeout' | 'reset' | 'oversized' | 'malformed' | 'other';

export interface NetworkFailure {
  readonly kind: FailureKind;
  readonly message: string;
}

export type SendResult =
  | { readonly ok: true; readonly response: ReceivedResponse; readonly elapsedMs: number }
  | { readonly ok: false; readonly failure: NetworkFailure; readonly elapsedMs: number };

export interface TransportOptions {
  readonly timeoutMs: number;
  /** Accept self-signed or otherwise unverifiable certificates; off unless the user opts in. */
  readonly allowSelfSigned?: boolean;
}

/** Bigger header blocks are treated as an attack or a bug, not parsed. */
const MAX_HEADER_BYTES = 64 * 1024;
/** The body is only shown, never judged: keep a little. */
const MAX_BODY_BYTES = 16 * 1024;
/** Browsers act on the headers; a body that trickles in must not hold the probe up. */
const BODY_WAIT_MS = 500;

/** Browsers resolve `localhost` and every `*.localhost` name to loopback themselves (RFC 6761); so does the probe. */
const lookupLikeBrowser: LookupFunction = (hostname, options, callback) => {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) {
    if ((options as LookupAllOptions).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  dnsLookup(hostname, options as LookupOneOptions, callback);
};

/** One connection pool per probe run; `destroy` it when done (closes anything still open). */
export function createTransport(options: TransportOptions): Dispatcher & { destroy(): Promise<void> } {
  return new Agent({
    connect: { timeout: options.timeoutMs, rejectUnauthorized: !options.allowSelfSigned, lookup: lookupLikeBrowser },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    maxHeaderSize: MAX_HEADER_BYTES,
    keepAliveTimeout: 2000,
  });
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|CERT_|ERR_OSSL_)/;

/** Turns a Node/undici error into one sentence naming the host and what to check. */
export function describeError(error: unknown, url: string, timeoutMs: number): NetworkFailure {
  const err = error as { code?: string; message?: string; cause?: { code?: string } };
  const code = err?.code ?? err?.cause?.code ?? '';
  const target = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (code === 'ECONNREFUSED') return { kind: 'refused', message: `Connection refused by ${target}: is the server running on that port?` };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
    return { kind: 'dns', message: `The host name in ${url} could not be resolved (DNS lookup failed).` };
  }
  if (code === 'PROBE_TIMEOUT' || code.endsWith('_TIMEOUT')) {
    return { kind: 'timeout', message: `No response from ${target} within ${timeoutMs} ms.` };
  }
  if (/WRONG_VERSION_NUMBER|PACKET_LENGTH_TOO_LONG|HTTP_REQUEST/.test(code)) {
    return { kind: 'tls', message: `${target} does not speak TLS on that port (${code}); is it an http:// server?` };
  }
  if (TLS_CODES.test(code)) {
    const selfSigned = /SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/.test(code);
    return {
      kind: 'tls',
      message: selfSigned
        ? `The TLS certificate of ${target} is not trusted (${code}); allow self-signed certificates explicitly to probe it (setting corsLens.probe.allowSelfSigned, or --insecure).`
        : `The TLS handshake with ${target} failed (${code}${err.message ? `: ${err.message}` : ''}).`,
    };
  }
  if (code === 'UND_ERR_HEADERS_OVERFLOW') {
    return { kind: 'oversized', message: `${target} sent response headers larger than ${MAX_HEADER_BYTES / 1024} KiB; the probe stopped reading.` };
  }
  if (code.startsWith('HPE_') || code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' || code === 'UND_ERR_INVALID_ARG') {
    return { kind: 'malformed', message: `${target} sent a malformed HTTP response (${err.message ?? code}).` };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
    return { kind: 'reset', message: `${target} closed the connection before sending a complete response.` };
  }
  return { kind: 'other', message: `The request to ${url} failed: ${err?.message ?? String(error)}.` };
}

function toFlatHeaders(headers: HeaderList): string[] {
  return headers.flatMap(([n, v]) => [n, v]);
}

/**
 * Sends one request and resolves (never rejects) with the response or a failure. The deadline
 * signal aborts it; the body is read only briefly after the headers, as a browser would have
 * handed the response to CORS by then.
 */
export function send(transport: Dispatcher, request: OutgoingRequest, deadline: AbortSignal, timeoutMs: number): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    let abortRequest: ((reason?: Error) => void) | undefined;
    let status = 0;
    let statusText = '';
    let headers: [string, string][] | undefined;
    const chunks: Buffer[] = [];
    let bodyBytes = 0;
    let bodyTruncated = false;
    let bodyTimer: NodeJS.Timeout | undefined;

    const finish = (result: SendResult) => {
      if (settled) return;
      settled = true;
      deadline.removeEventListener('abort', onDeadline);
      if (bodyTimer) clearTimeout(bodyTimer);
      resolve(result);
    };
    const finishWithResponse = () => {
      if (!headers) return;
      const body = Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
      finish({ ok: true, response: { status, statusText, headers, body, bodyTruncated }, elapsedMs: elapsed() });
    };
    const timeoutError = () => Object.assign(new Error('probe deadline'), { code: 'PROBE_TIMEOUT' });
    const onDeadline = () => {
      if (headers) {
        bodyTruncated = true;
        finishWithResponse();
      } else {
        finish({ ok: false, failure: describeError(timeoutError(), request.url, timeoutMs), elapsedMs: elapsed() });
      }
      abortRequest?.(timeoutError());
    };
    if (deadline.aborted) return onDeadline();
    deadline.addEventListener('abort', onDeadline, { once: true });

    let url: URL;
    try {
      url = new URL(request.url);
    } catch (error) {
      return finish({ ok: false, failure: describeError(error, request.url, timeoutMs), elapsedMs: elapsed() });
    }
    const handler: Dispatcher.DispatchHandlers = {
      onConnect(abort) {
        abortRequest = abort as (reason?: Error) => void;
        if (settled) abort();
      },
      onHeaders(statusCode, rawHeaders, _resume, message) {
        status = statusCode;
        statusText = message ?? '';
        headers = [];
        for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
          headers.push([rawHeaders[i].toString('latin1'), rawHeaders[i + 1].toString('latin1')]);
        }
        bodyTimer = setTimeout(() => {
          bodyTruncated = true;
          finishWithResponse();
          abortRequest?.();
        }, BODY_WAIT_MS);
        return true;
      },
      onData(chunk) {
        if (bodyBytes < MAX_BODY_BYTES) chunks.push(Buffer.from(chunk));
        bodyBytes += chunk.length;
        if (bodyBytes > MAX_BODY_BYTES) {
          bodyTruncated = true;
          finishWithResponse();
          abortRequest?.();
          return false;
        }
        return true;
      },
      onComplete() {
        finishWithResponse();
      },
      onError(error) {
        // Once the headers are in, the browser has its verdict; a broken body only shortens the view.
        if (headers) {
          bodyTruncated = true;
          finishWithResponse();
        } else {
          finish({ ok: false, failure: describeError(error, request.url, timeoutMs), elapsedMs: elapsed() });
        }
      },
    };
    try {
      transport.dispatch({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: request.method as Dispatcher.HttpMethod,
        headers: toFlatHeaders(request.headers),
      }, handler);
    } catch (error) {
      finish({ ok: false, failure: describeError(error, request.url, timeoutMs), elapsedMs: elapsed() });
    }
  });
}
