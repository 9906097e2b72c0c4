import * as migration_20261124_135313_initial from './20261124_135313_initial.ts';
import * as migration_20261124_162702 from './20261124_162702.ts';

export const migrations = [
  {
    up: migration_20261124_135313_initial.up,
    down: migration_20261124_135313_initial.down,
    name: '20261124_135313_initial',
  },
  {
    up: migration_20261124_162702.up,
    down: migration_20261124_162702.down,
    name: '20261124_162702'
  },
];
