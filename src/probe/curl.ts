// A copyable curl command that repeats one request of the probe exactly (headers in order).
import type { OutgoingRequest } from './send';

/** POSIX single-quoting: safe for any byte except NUL, which header values cannot hold. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_\-.,:/=@%+]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export function curlCommand(request: OutgoingRequest, timeoutMs?: number): string {
  const parts = ['curl', '-i'];
  if (request.method === 'HEAD') parts.push('--head');
  else if (request.method !== 'GET') parts.push('-X', shellQuote(request.method));
  if (timeoutMs !== undefined) parts.push('--max-time', String(Math.max(1, Math.ceil(timeoutMs / 1000))));
  for (const [name, value] of request.headers) parts.push('-H', shellQuote(`${name}: ${value}`));
  parts.push(shellQuote(request.url));
  return parts.join(' ');
}
