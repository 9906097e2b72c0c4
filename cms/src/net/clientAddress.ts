import { parseTrustProxy, pickClientAddress, type TrustPolicy } from './trustProxy.ts';
import { socketAddressesRecorded, socketAddressHeader } from './socketAddress.ts';

/** Address recorded when nothing trustworthy is known (requests made without an HTTP socket). */
export const unknownAddress = 'unknown';

let cached: { text: string | undefined; policy: TrustPolicy } | undefined;

/** TRUST_PROXY, read when first needed (and again if it changes, as tests do). */
export function trustPolicy(): TrustPolicy {
  const text = process.env.TRUST_PROXY;
  if (!cached || cached.text !== text) cached = { text, policy: parseTrustProxy(text) };
  return cached.policy;
}

/**
 * The address of the person behind a request, as every limit and the login log key it: the
 * socket's peer, or, when TRUST_PROXY says which proxies to believe, the first untrusted hop of
 * X-Forwarded-For. X-Real-IP and the leftmost X-Forwarded-For entry are never used on their own:
 * both are whatever the visitor typed unless a trusted proxy replaced them.
 */
export function clientAddress(headers: Headers): string {
  const socket = socketAddressesRecorded() ? (headers.get(socketAddressHeader) ?? undefined) : undefined;
  return pickClientAddress(trustPolicy(), socket, headers.get('x-forwarded-for')) ?? unknownAddress;
}

/**
 * The key a limit counts under: an IPv6 client usually holds a whole /64, so counting single
 * addresses would give one person 2^64 allowances.
 */
export function limitKeyOfAddress(address: string): string {
  if (!address.includes(':')) return address;
  const groups = expandIPv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIPv6(address: string): string[] | undefined {
  const [head, tail, extra] = address.split('::');
  if (extra !== undefined) return undefined;
  const left = head ? head.split(':') : [];
  const right = tail === undefined ? [] : tail ? tail.split(':') : [];
  if (right.some((g) => g.includes('.')) || left.some((g) => g.includes('.'))) return undefined;
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 0) return undefined;
  return [...left, ...Array(missing).fill('0'), ...right].map((g) => (parseInt(g, 16) || 0).toString(16));
}
