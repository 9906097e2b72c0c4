import { withPayload } from '@payloadcms/next/withPayload';
import { apiContentSecurityPolicy, commonSecurityHeaders } from './src/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // content-models ships TypeScript sources; Next compiles them like the app's own files.
  transpilePackages: ['@catalog/content-models'],
  // Next's own X-Powered-By, and withPayload's "Next.js, Payload" too (it adds it only when this is not false).
  poweredByHeader: false,
  // The admin pages' policy carries a per-request nonce, so src/proxy.ts sets it.
  headers: async () => [
    { source: '/:path*', headers: commonSecurityHeaders },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
  ],
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
