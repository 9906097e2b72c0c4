import * as migration_20261124_133338_initial from './20261124_133338_initial.ts';

export const migrations = [
  {
    up: migration_20261124_133338_initial.up,
    down: migration_20261124_133338_initial.down,
    name: '20261124_133338_initial'
  },
];
