import * as migration_20261124_135320_initial from './20261124_135320_initial.ts';

export const migrations = [
  {
    up: migration_20261124_135320_initial.up,
    down: migration_20261124_135320_initial.down,
    name: '20261124_135320_initial'
  },
];
