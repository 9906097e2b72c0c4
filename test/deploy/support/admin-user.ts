/**
 * An administrator written straight into the CMS's database through the Local API (no HTTP door
 * is involved), so a test can log in to a CMS started empty in production mode.
 */
export const admin = { email: 'admin@deploy.test', password: 'Kx7#mPq2-Lw9!vRt', name: '部署测试管理员' };

export async function createAdmin(databaseUrl: string): Promise<void> {
  process.env.DATABASE_URL = databaseUrl;
  process.env.PAYLOAD_MIGRATE = '1';
  process.env.CMS_SEED = 'off';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/src/payload.config.ts');
  const payload = await getPayload({ config });
  await payload.create({ collection: 'users', data: { ...admin, roles: ['admin'] } as never, overrideAccess: true });
}
