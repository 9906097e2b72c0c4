import { withPayload } from '@payloadcms/next/withPayload';
import { apiContentSecurityPolicy, commonSecurityHeaders, siteSearchContentSecurityPolicy } from './src/security/headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // content-models ships TypeScript sources; Next compiles them like the app's own files.
  transpilePackages: ['@catalog/content-models'],
  // The no-JavaScript site search (src/site-search) starts Pagefind's binary through this package.
  serverExternalPackages: ['pagefind'],
  // Next's own X-Powered-By, and withPayload's "Next.js, Payload" too (it adds it only when this is not false).
  poweredByHeader: false,
  // `next build` type-checks the whole app again (~35 s of a first `npm start` on two cores);
  // the `repo` test project already runs the same check (test/typecheck), so the build skips it.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Turbopack's build cache is written after every build (~70 s on two cores) and only speeds up
    // a rebuild after a source change; a first start, CI and the tests build from nothing, and
    // scripts/lib/cms-build.ts skips the build when the sources are unchanged. See BENCHMARKS.md.
    turbopackFileSystemCacheForBuild: false,
  },
  // The admin pages' policy carries a per-request nonce, so src/proxy.ts sets it.
  headers: async () => [
    { source: '/:path*', headers: commonSecurityHeaders },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    // Later rules win for the same header: the no-JavaScript search page's form submits to itself.
    { source: '/api/site-search', headers: [{ key: 'Content-Security-Policy', value: siteSearchContentSecurityPolicy }] },
  ],
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
