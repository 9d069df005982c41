// The probe's only network code. One request, no redirect following, no cookie jar, a hard
// deadline, and every failure turned into one sentence a developer can act on. The transport owns
// every socket it opens, so closing it never depends on the connection pool's own teardown.
import { lookup as dnsLookup, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { connect as tcpConnect, isIP, type LookupFunction, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { Agent, type buildConnector, type Dispatcher } from 'undici';
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
  /** Interim 1xx responses (103 Early Hints, 102 Processing) that came first; browsers skip them. */
  readonly interim?: readonly WireResponse[];
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

export interface Transport {
  readonly dispatcher: Dispatcher;
  /**
   * Closes every connection at once and resolves when all its sockets have closed, or after
   * `waitMs` at the latest. The pool's own destroy() is not awaited: it waits for a socket's
   * 'close' event, and one that closed before the pool listened never sends another.
   */
  close(waitMs: number): Promise<void>;
}

/** undici keeps its timers below this on plain, unref'd Node timers, cleared at once when a socket closes. */
const KEEP_ALIVE_MS = 1000;

/** One connection pool per probe run, with its sockets in view; `close` it when done. */
export function createTransport(options: TransportOptions): Transport {
  const sockets = new Set<Socket>();
  let closing = false;
  const connect: buildConnector.connector = ({ protocol, hostname, port, servername }, callback) => {
    // A pool being destroyed may still try to connect; nothing opens after close().
    if (closing) return callback(Object.assign(new Error('the probe has finished'), { code: 'PROBE_TIMEOUT' }), null);
    const secure = protocol === 'https:';
    const target = { host: hostname, port: Number(port) || (secure ? 443 : 80), lookup: lookupLikeBrowser };
    const socket: Socket = secure
      ? tlsConnect({
        ...target,
        servername: servername || (isIP(hostname) ? undefined : hostname),
        rejectUnauthorized: !options.allowSelfSigned,
        ALPNProtocols: ['http/1.1'],
      })
      : tcpConnect(target);
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.setNoDelay(true);
    let pending: buildConnector.Callback | undefined = callback;
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      // Read nothing until undici listens. Its first connection waits for the HTTP parser to
      // compile; a reset read meanwhile reaches no listener, and the request would wait forever.
      socket.pause();
      pending?.(null, socket);
      pending = undefined;
    });
    socket.on('error', (error) => {
      pending?.(error, null);
      pending = undefined;
    });
  };
  const agent = new Agent({
    connect,
    // The probe's deadline bounds every request; undici's own timers would only outlive it.
    headersTimeout: 0,
    bodyTimeout: 0,
    maxHeaderSize: MAX_HEADER_BYTES,
    keepAliveTimeout: KEEP_ALIVE_MS,
    keepAliveMaxTimeout: KEEP_ALIVE_MS,
  });
  return {
    dispatcher: agent,
    close(waitMs) {
      closing = true;
      agent.destroy().catch(() => undefined);
      // A socket leaves the set on its 'close' event, which follows the release of its handle;
      // `socket.closed` turns true earlier, while the handle is still open.
      const open = [...sockets];
      const closed = open.map((socket) => new Promise((resolve) => socket.once('close', resolve)));
      for (const socket of open) socket.destroy();
      if (closed.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => {
        // The time bound guards against a 'close' that never comes. Two turns of the event loop
        // after it let the closes already queued run first, even in a process starved past it.
        let turn: NodeJS.Immediate | undefined;
        const timer = setTimeout(() => {
          turn = setImmediate(() => {
            turn = setImmediate(done);
          });
        }, waitMs);
        const done = () => {
          clearTimeout(timer);
          if (turn) clearImmediate(turn);
          resolve();
        };
        void Promise.all(closed).then(done);
      });
    },
  };
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
  // undici's words for a 101 or 100 the request never asked for; it cannot read on after either.
  if (code === 'UND_ERR_SOCKET' && err.message === 'bad upgrade') {
    return { kind: 'malformed', message: `${target} answered 101 Switching Protocols to a request that asked for no protocol switch.` };
  }
  if (code === 'UND_ERR_SOCKET' && err.message === 'bad response') {
    return { kind: 'malformed', message: `${target} sent a response the probe cannot read past: an unrequested 100 Continue (browsers skip it) or a response to no request.` };
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') {
    return { kind: 'reset', message: `${target} closed the connection before sending a complete response.` };
  }
  return { kind: 'other', message: `The request to ${url} failed: ${err?.message ?? String(error)}.` };
}

function toFlatHeaders(headers: HeaderList): string[] {
  return headers.flatMap(([n, v]) => [n, v]);
}

function toHeaderList(raw: Buffer[]): [string, string][] {
  const headers: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) headers.push([raw[i].toString('latin1'), raw[i + 1].toString('latin1')]);
  return headers;
}

/**
 * Sends one request and resolves (never rejects) with the response or a failure. The deadline
 * signal aborts it; the body is read only briefly after the headers, as a browser would have
 * handed the response to CORS by then.
 */
export function send(transport: Transport, request: OutgoingRequest, deadline: AbortSignal, timeoutMs: number): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    let abortRequest: ((reason?: Error) => void) | undefined;
    let status = 0;
    let statusText = '';
    let headers: [string, string][] | undefined;
    const interim: WireResponse[] = [];
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
      const response = { status, statusText, headers, body, bodyTruncated, ...(interim.length > 0 ? { interim } : {}) };
      finish({ ok: true, response, elapsedMs: elapsed() });
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
        if (settled) return false;
        // Browsers skip interim responses (Chromium: every 1xx but 101) and wait for the final one.
        if (statusCode < 200) {
          interim.push({ status: statusCode, headers: toHeaderList(rawHeaders) });
          return true;
        }
        status = statusCode;
        statusText = message ?? '';
        headers = toHeaderList(rawHeaders);
        bodyTimer = setTimeout(() => {
          bodyTruncated = true;
          finishWithResponse();
          abortRequest?.();
        }, BODY_WAIT_MS);
        return true;
      },
      onData(chunk) {
        if (settled) return false;
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
      transport.dispatcher.dispatch({
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
