import { resolve } from 'node:path';
import { productionMode } from '../../cms/src/env.ts';
import { localSecret } from './secret.ts';

export interface StartEnvironment {
  production: boolean;
  /** What the CMS child process runs with, on top of this process's environment. */
  cms: Record<string, string>;
}

/**
 * `npm start`'s settings for the CMS it starts. The operator's CMS_ENV decides, as in the CMS
 * itself; production runs on the operator's PAYLOAD_SECRET (checked before this is called) and
 * never on one generated into the data folder.
 */
export function startEnvironment(env: Record<string, string | undefined>, repoRoot: string, urls: { cmsPort: number; cmsUrl: string; siteUrl: string }): StartEnvironment {
  const production = productionMode(env);
  return {
    production,
    cms: {
      PAYLOAD_SECRET: production ? (env.PAYLOAD_SECRET ?? '') : localSecret(resolve(repoRoot, 'cms/data/.payload-secret')),
      CMS_PORT: String(urls.cmsPort),
      CMS_URL: urls.cmsUrl,
      SITE_URL: urls.siteUrl,
      CMS_PUBLIC_URL: urls.cmsUrl,
      CMS_ENV: production ? 'production' : env.CMS_ENV || 'demo',
    },
  };
}
