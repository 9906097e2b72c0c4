import { beforeAll, describe, expect, it } from 'vitest';
import { siteName, systemName } from '../../cms/src/components/branding/systemName.ts';
import { startCms, type Cms } from './support/cms.ts';

/** The login page and the browser's title carry the catalog's name, not Payload's. */
let cms: Cms;

beforeAll(async () => {
  cms = await startCms();
});

describe('the system’s name', () => {
  it('is the browser title’s suffix and replaces Payload’s logo and icon', () => {
    const admin = cms.payload.config.admin;
    expect(systemName).toBe('公共服务事项目录管理系统');
    expect(admin.meta.titleSuffix).toBe(' · 公共服务事项目录管理系统');
    expect(admin.components.graphics).toEqual({ Logo: '/components/branding/Logo.tsx#Logo', Icon: '/components/branding/Logo.tsx#Icon' });
  });

  it('the login page adds 站点设置’s 网站名称 once it is set, and nothing before', async () => {
    expect(await siteName(cms.payload)).toBeUndefined();
    expect(await siteName(undefined)).toBeUndefined();
    await cms.payload.updateGlobal({ slug: 'site-settings', data: { siteName: ' 瓯江市政务服务网 ', regionName: '瓯江市' } as never });
    expect(await siteName(cms.payload)).toBe('瓯江市政务服务网');
  });
});
