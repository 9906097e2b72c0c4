import { startAdminBuild } from './admin-build.ts';

/**
 * Global set-up of the suites that run the built admin: starts its build in the background (see
 * admin-build.ts); `startNext` waits for it. The teardown stops a build still running when the
 * run ends early.
 */
export default function setup(): () => void {
  return startAdminBuild();
}
