import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, limitKeyOfAddress } from '../../cms/src/net/clientAddress.ts';
import { recordSocketAddresses, socketAddressHeader } from '../../cms/src/net/socketAddress.ts';
import { parseTrustProxy, pickClientAddress } from '../../cms/src/net/trustProxy.ts';

/**
 * TRUST_PROXY decides which X-Forwarded-For hops are believed; by default none, and the client is
 * the socket's peer, which the CMS process records itself (Next 16 gives route handlers no socket).
 */
const pick = (trust: string | undefined, socket: string | undefined, forwarded?: string) => pickClientAddress(parseTrustProxy(trust), socket, forwarded);

describe('without TRUST_PROXY', () => {
  it('ignores X-Forwarded-For and X-Real-IP: the socket address is the client', () => {
    expect(pick(undefined, '203.0.113.7', '1.2.3.4')).toBe('203.0.113.7');
    expect(pick('', '203.0.113.7', '1.2.3.4, 5.6.7.8')).toBe('203.0.113.7');
    expect(pick('0', '::ffff:203.0.113.7', '1.2.3.4')).toBe('203.0.113.7');
  });
});

describe('TRUST_PROXY as a number of hops', () => {
  it('takes the address nginx appended, not the one the visitor sent (`spoofed, real`)', () => {
    expect(pick('1', '127.0.0.1', '9.9.9.9, 198.51.100.4')).toBe('198.51.100.4');
    expect(pick('1', '127.0.0.1', '198.51.100.4')).toBe('198.51.100.4');
    expect(pick('2', '10.0.0.2', '9.9.9.9, 198.51.100.4, 10.0.0.1')).toBe('198.51.100.4');
  });

  it('falls back to the socket without the header and refuses absurd hop counts', () => {
    expect(pick('1', '127.0.0.1', undefined)).toBe('127.0.0.1');
    expect(() => parseTrustProxy('99')).toThrow(/TRUST_PROXY 的值“99”无效/);
  });
});

describe('TRUST_PROXY as addresses and CIDR blocks', () => {
  it('walks from the socket leftwards over trusted proxies, IPv4 and IPv6', () => {
    const trust = '127.0.0.1, 10.0.0.0/8, ::1, fd00::/8';
    expect(pick(trust, '127.0.0.1', '9.9.9.9, 198.51.100.4, 10.1.2.3')).toBe('198.51.100.4');
    expect(pick(trust, '::1', '2001:db8::1, fd00::5')).toBe('2001:db8::1');
    expect(pick(trust, '[::1]:443', '9.9.9.9, 198.51.100.4:5555')).toBe('198.51.100.4');
  });

  it('believes no header when the socket is not a trusted proxy', () => {
    expect(pick('10.0.0.0/8', '198.51.100.4', '10.0.0.9')).toBe('198.51.100.4');
    expect(pick('10.0.0.0/8', undefined, '1.2.3.4')).toBeUndefined();
  });

  it('stops at an entry that is not an address', () => {
    expect(pick('127.0.0.1', '127.0.0.1', 'evil, not-an-ip')).toBeUndefined();
  });

  it('names the bad entry', () => {
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/“10.0.0.0\/33”无效/);
    expect(() => parseTrustProxy('localhost')).toThrow(/“localhost”无效/);
  });
});

describe('limit keys', () => {
  it('count an IPv6 client by its /64, an IPv4 client by its address', () => {
    expect(limitKeyOfAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKeyOfAddress('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(limitKeyOfAddress('198.51.100.4')).toBe('198.51.100.4');
  });
});

describe('the socket address in a real HTTP server', () => {
  const previous = process.env.TRUST_PROXY;
  afterEach(() => {
    if (previous === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = previous;
  });

  async function seenBy(headers: Record<string, string>): Promise<string> {
    recordSocketAddresses();
    const server = createServer((req, res) => {
      const seen = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') seen.set(name, value);
      res.end(clientAddress(seen));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise<string>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, headers }, (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () => resolve(body));
        });
        req.on('error', reject);
        req.end();
      });
    } finally {
      server.close();
    }
  }

  it('is recorded by the process, whatever the client claims in headers', async () => {
    delete process.env.TRUST_PROXY;
    expect(await seenBy({ 'X-Forwarded-For': '9.9.9.9', 'X-Real-IP': '8.8.8.8', [socketAddressHeader]: '7.7.7.7' })).toBe('127.0.0.1');
  });

  it('lets a trusted proxy on the socket name the client', async () => {
    process.env.TRUST_PROXY = '127.0.0.1/32';
    expect(await seenBy({ 'X-Forwarded-For': '9.9.9.9, 198.51.100.4' })).toBe('198.51.100.4');
    process.env.TRUST_PROXY = '10.0.0.0/8';
    expect(await seenBy({ 'X-Forwarded-For': '9.9.9.9, 198.51.100.4' })).toBe('127.0.0.1');
  });
});
