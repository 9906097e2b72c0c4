import * as migration_20261124_135313_initial from './20261124_135313_initial.ts';

export const migrations = [
  {
    up: migration_20261124_135313_initial.up,
    down: migration_20261124_135313_initial.down,
    name: '20261124_135313_initial'
  },
];
