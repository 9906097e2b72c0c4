/**
 * Idle session expiry (等保 2.0: 登录连接超时自动退出). The login token lives this long; the admin
 * renews it while the user works (on each page change within its last minutes, and through its
 * “stay logged in” prompt), so it ends after this much inactivity. Payload's admin starts warning
 * two minutes before expiry, hence the five-minute floor.
 */
export const defaultSessionIdleMinutes = 30;
const shortestIdleMinutes = 5;
const longestIdleMinutes = 24 * 60;

export function sessionIdleSeconds(raw: string | undefined = process.env.SESSION_IDLE_MINUTES): number {
  if (raw === undefined || raw.trim() === '') return defaultSessionIdleMinutes * 60;
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < shortestIdleMinutes || minutes > longestIdleMinutes) {
    throw new Error(`环境变量 SESSION_IDLE_MINUTES 的值“${raw}”无效：应为 ${shortestIdleMinutes} 到 ${longestIdleMinutes} 之间的整数（分钟）。`);
  }
  return minutes * 60;
}
