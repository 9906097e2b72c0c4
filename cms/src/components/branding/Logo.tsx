import type { Payload } from 'payload';
import { siteName, systemName } from './systemName.ts';

/** The login page's heading in place of Payload's logo: the system's name under the site's. */
export async function Logo({ payload }: { payload?: Payload }) {
  const site = await siteName(payload);
  return (
    <div style={{ textAlign: 'center' }}>
      {site ? <div style={{ fontSize: '1rem', opacity: 0.75 }}>{site}</div> : null}
      <h1 style={{ margin: 0, fontSize: '1.75rem' }}>{systemName}</h1>
    </div>
  );
}

/** The small mark at the top of the navigation, in place of Payload's. */
export function Icon() {
  return (
    <span
      aria-label={systemName}
      title={systemName}
      style={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: '100%', height: '100%', fontWeight: 700, fontSize: '0.9rem', border: '2px solid currentColor', borderRadius: 4 }}
    >
      目录
    </span>
  );
}
