import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone.ts';
import { isAdmin } from '../access/isAdmin.ts';

/** 站点设置: what the public site prints in its header and footer. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: '站点设置',
  admin: { group: '系统管理' },
  access: { read: anyone, update: isAdmin },
  fields: [
    { name: 'siteName', type: 'text', label: '网站名称', required: true },
    { name: 'regionName', type: 'text', label: '所属地区', required: true },
    { name: 'region', type: 'relationship', relationTo: 'regions', label: '所属行政区划' },
    { name: 'hotline', type: 'text', label: '服务热线', required: true, defaultValue: '12345' },
    { name: 'footer', type: 'textarea', label: '页脚文字' },
    {
      type: 'row',
      fields: [
        { name: 'icp', type: 'text', label: 'ICP 备案号' },
        { name: 'publicSecurityFiling', type: 'text', label: '公安备案号' },
        { name: 'siteCode', type: 'text', label: '政府网站标识码' },
      ],
    },
    { name: 'baseUrl', type: 'text', label: '网站地址', admin: { description: '公开网站的根地址，如 https://zwfw.example.gov.cn' } },
  ],
};
