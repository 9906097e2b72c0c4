import * as migration_20261124_135313_initial from './20261124_135313_initial.ts';
import * as migration_20261124_162702 from './20261124_162702.ts';
import * as migration_20261201_013227 from './20261201_013227.ts';
import * as migration_20261201_020940 from './20261201_020940.ts';
import * as migration_20261201_040921 from './20261201_040921.ts';
import * as migration_20261201_041704 from './20261201_041704.ts';
import * as migration_20261201_080601 from './20261201_080601.ts';
import * as migration_20261201_233442 from './20261201_233442.ts';
import * as migration_20261202_074515 from './20261202_074515.ts';
import * as migration_20261202_082709 from './20261202_082709.ts';
import * as migration_20261202_083120 from './20261202_083120.ts';
import * as migration_20261202_105950 from './20261202_105950.ts';
import * as migration_20261202_115940 from './20261202_115940.ts';
import * as migration_20261202_145451 from './20261202_145451.ts';
import * as migration_20261202_152557 from './20261202_152557.ts';

export const migrations = [
  {
    up: migration_20261124_135313_initial.up,
    down: migration_20261124_135313_initial.down,
    name: '20261124_135313_initial',
  },
  {
    up: migration_20261124_162702.up,
    down: migration_20261124_162702.down,
    name: '20261124_162702',
  },
  {
    up: migration_20261201_013227.up,
    down: migration_20261201_013227.down,
    name: '20261201_013227',
  },
  {
    up: migration_20261201_020940.up,
    down: migration_20261201_020940.down,
    name: '20261201_020940',
  },
  {
    up: migration_20261201_040921.up,
    down: migration_20261201_040921.down,
    name: '20261201_040921',
  },
  {
    up: migration_20261201_041704.up,
    down: migration_20261201_041704.down,
    name: '20261201_041704',
  },
  {
    up: migration_20261201_080601.up,
    down: migration_20261201_080601.down,
    name: '20261201_080601',
  },
  {
    up: migration_20261201_233442.up,
    down: migration_20261201_233442.down,
    name: '20261201_233442',
  },
  {
    up: migration_20261202_074515.up,
    down: migration_20261202_074515.down,
    name: '20261202_074515',
  },
  {
    up: migration_20261202_082709.up,
    down: migration_20261202_082709.down,
    name: '20261202_082709',
  },
  {
    up: migration_20261202_083120.up,
    down: migration_20261202_083120.down,
    name: '20261202_083120',
  },
  {
    up: migration_20261202_105950.up,
    down: migration_20261202_105950.down,
    name: '20261202_105950',
  },
  {
    up: migration_20261202_115940.up,
    down: migration_20261202_115940.down,
    name: '20261202_115940',
  },
  {
    up: migration_20261202_145451.up,
    down: migration_20261202_145451.down,
    name: '20261202_145451',
  },
  {
    up: migration_20261202_152557.up,
    down: migration_20261202_152557.down,
    name: '20261202_152557'
  },
];
