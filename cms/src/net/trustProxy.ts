import { BlockList, isIP } from 'node:net';

/**
 * Which forwarding hops the CMS believes (TRUST_PROXY). Unset: none, so a visitor cannot choose the
 * address every limit keys on by sending X-Forwarded-For. A number: that many proxies stand in
 * front of the CMS (nginx on the same host: 1). A comma-separated list of addresses or CIDR blocks,
 * IPv4 and IPv6: the proxies' own addresses, for set-ups where the hop count varies.
 */
export type TrustPolicy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: BlockList; text: string };

export function parseTrustProxy(value: string | undefined): TrustPolicy {
  const text = value?.trim() ?? '';
  if (text === '' || text === '0' || text.toLowerCase() === 'false') return { kind: 'none' };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`TRUST_PROXY 的值“${text}”无效：代理层数应为 0–10，或填写代理服务器的地址 / CIDR 网段（以逗号分隔）。`);
    return { kind: 'hops', hops };
  }
  const list = new BlockList();
  for (const entry of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const [address, prefixText, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const prefix = prefixText === undefined ? (family === 6 ? 128 : 32) : Number(prefixText);
    const maxPrefix = family === 6 ? 128 : 32;
    if (!family || extra !== undefined || !/^\d*$/.test(prefixText ?? '') || !Number.isInteger(prefix) || prefix < 0 || prefix > maxPrefix) {
      throw new Error(`TRUST_PROXY 中的“${entry}”无效：应为代理层数（如 1），或以逗号分隔的 IPv4 / IPv6 地址或 CIDR 网段（如 127.0.0.1/32, ::1/128, 10.0.0.0/8）。`);
    }
    list.addSubnet(address!, prefix, family === 6 ? 'ipv6' : 'ipv4');
  }
  return { kind: 'addresses', list, text };
}

/** An address as the limits and the login log store it: IPv4-mapped IPv6 as plain IPv4, ports dropped. */
export function normalizeAddress(raw: string | undefined | null): string | undefined {
  let value = raw?.trim() ?? '';
  if (!value) return undefined;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  value = value.replace(/%.*$/, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value : undefined;
}

function trusts(policy: TrustPolicy, address: string | undefined, position: number): boolean {
  if (policy.kind === 'none') return false;
  if (policy.kind === 'hops') return position < policy.hops;
  if (!address) return false;
  return policy.list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * The client: walking from the CMS's own peer (the socket) towards the left of X-Forwarded-For,
 * the first hop not trusted. Proxies append the address they saw (nginx's
 * `$proxy_add_x_forwarded_for` turns a visitor's `spoofed` into `spoofed, real`), so only the
 * entries on the right were written by someone the CMS trusts; anything further left is the
 * visitor's own claim. An unreadable entry stops the walk: it cannot be checked against the list.
 */
export function pickClientAddress(policy: TrustPolicy, socketAddress: string | undefined, forwardedFor: string | null | undefined): string | undefined {
  const peer = normalizeAddress(socketAddress);
  if (policy.kind === 'none') return peer;
  const hops = (forwardedFor ?? '').split(',').map((part) => part.trim()).filter(Boolean).reverse();
  let client = peer;
  let position = 0;
  for (const hop of hops) {
    if (!trusts(policy, client, position)) break;
    const next = normalizeAddress(hop);
    if (!next) return undefined;
    client = next;
    position += 1;
  }
  return client;
}
