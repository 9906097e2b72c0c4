import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // content-models ships TypeScript sources; Next compiles them like the app's own files.
  transpilePackages: ['@catalog/content-models'],
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
