import * as migration_20261124_133428_initial from './20261124_133428_initial.ts';

export const migrations = [
  {
    up: migration_20261124_133428_initial.up,
    down: migration_20261124_133428_initial.down,
    name: '20261124_133428_initial'
  },
];
