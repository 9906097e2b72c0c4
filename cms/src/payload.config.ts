import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { zh } from '@payloadcms/translations/languages/zh';
import { buildConfig } from 'payload';
import sharp from 'sharp';
import { Adjustments } from './collections/Adjustments/index.ts';
import { Campaigns } from './collections/Campaigns/index.ts';
import { CatalogItems } from './collections/CatalogItems/index.ts';
import { Feedback } from './collections/Feedback/index.ts';
import { Implementations } from './collections/Implementations/index.ts';
import { Imports } from './collections/Imports/index.ts';
import { Laws } from './collections/Laws/index.ts';
import { LoginEvents } from './collections/LoginEvents/index.ts';
import { withExcelExport } from './import/withExcelExport.ts';
import { maxUploadBytes, uploadTooLargeMessage } from './collections/Media/fileKinds.ts';
import { Media } from './collections/Media/index.ts';
import { Notifications } from './collections/Notifications/index.ts';
import { Publications } from './collections/Publications/index.ts';
import { RateLimits } from './collections/RateLimits/index.ts';
import { Leases } from './jobs/lease/collection.ts';
import { Regions } from './collections/Regions/index.ts';
import { ReviewRecords } from './collections/ReviewRecords/index.ts';
import { Units } from './collections/Units/index.ts';
import { Users } from './collections/Users/index.ts';
import { WorkflowProcedures } from './collections/WorkflowProcedures/index.ts';
import { databaseAdapter } from './db/adapter.ts';
import { hideInternalErrors } from './errors/hideInternalErrors.ts';
import { payloadSecret } from './env.ts';
import { HolidayCalendar } from './globals/HolidayCalendar.ts';
import { SearchSynonyms } from './globals/SearchSynonyms.ts';
import { SiteSettings } from './globals/SiteSettings.ts';
import { WorkflowSettings } from './globals/WorkflowSettings.ts';
import { jobs } from './jobs/index.ts';
import { divergenceEndpoint } from './oversight/divergenceEndpoint.ts';
import { systemName } from './components/branding/systemName.ts';
import { chineseDateTime, withChineseDates } from './fields/chineseDates.ts';
import { emailAdapter } from './notifications/emailAdapter.ts';
import { oversightEndpoints } from './oversight/endpoints.ts';
import { siteSearchEndpoint } from './site-search/siteSearchEndpoint.ts';
import { seedOnInit } from './seed/onInit.ts';
import { plainWhenPiped } from './startup/logger.ts';
import { mediaStorage } from './storage/mediaStorage.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default buildConfig({
  secret: payloadSecret(),
  // Only when set: a fixed serverURL also restricts cookie logins to that origin (CSRF list), which
  // would lock out a newcomer who opens http://127.0.0.1:3000 instead of localhost.
  serverURL: process.env.CMS_URL,
  db: databaseAdapter(),
  sharp,
  i18n: { supportedLanguages: { zh }, fallbackLanguage: 'zh' },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    // The browser's title and the login page name the system, not Payload.
    meta: { titleSuffix: ` · ${systemName}` },
    // Payload's default asks gravatar.com with a hash of each user's e-mail: a leak from a
    // government admin, and a broken image on intranets without internet access.
    avatar: 'default',
    // Dates in lists and forms read as people in China write them, in Beijing time whatever the
    // browser's zone: Payload's formatDate is patched to Asia/Shanghai (scripts/patch-payload-ui.mjs).
    dateFormat: chineseDateTime,
    components: {
      beforeNavLinks: ['/components/notifications/UnreadNotices.tsx#UnreadNotices', '/components/oversight/OversightNavLink.tsx#OversightNavLink', '/components/oversight/DivergenceLink.tsx#DivergenceLink'],
      // The home page per role: my tasks, the unit's catalog health, recent publications.
      beforeDashboard: ['/components/dashboard/RoleDashboard.tsx#RoleDashboard'],
      // 监督统计 (oversight/): reviewers and administrators; the views refuse everyone else themselves.
      views: {
        oversight: { Component: '/components/oversight/OversightView.tsx#OversightView', path: '/oversight', exact: true, meta: { title: '监督统计' } },
        oversightBulletin: { Component: '/components/oversight/OversightBulletinView.tsx#OversightBulletinView', path: '/oversight/bulletin', exact: true, meta: { title: '月度通报' } },
        divergence: { Component: '/components/oversight/DivergenceView.tsx#DivergenceView', path: '/oversight/divergence', exact: true },
      },
      graphics: { Logo: '/components/branding/Logo.tsx#Logo', Icon: '/components/branding/Logo.tsx#Icon' },
    },
  },
  collections: withChineseDates(withExcelExport([CatalogItems, Implementations, Laws, Imports, Media, Adjustments, ReviewRecords, WorkflowProcedures, Campaigns, Feedback, Publications, Notifications, Units, Regions, Users, LoginEvents, RateLimits, Leases])),
  globals: withChineseDates([SiteSettings, WorkflowSettings, HolidayCalendar, SearchSynonyms]),
  jobs,
  // 监督统计 and 月度通报 (oversight/, reviewers and administrators only) and the 标准化 divergence ranking.
  endpoints: [...oversightEndpoints, divergenceEndpoint, siteSearchEndpoint],
  // Only with SMTP_URL: review notices by e-mail beside the 站内通知 inbox (see env.ts).
  email: emailAdapter(),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  // The multipart parser stops an oversized file before any hook runs: its message is the one users see.
  upload: { limits: { fileSize: maxUploadBytes }, responseOnLimit: uploadTooLargeMessage },
  // No SQL or stack text in any answer: internal errors read as a generic Chinese message.
  hooks: { afterError: [hideInternalErrors] },
  // 附件 on S3-compatible storage when S3_MEDIA_BUCKET is set, else on local disk (storage/).
  plugins: [mediaStorage()],
  onInit: seedOnInit,
  logger: plainWhenPiped(),
});
