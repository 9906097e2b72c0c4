import * as migration_20261124_135320_initial from './20261124_135320_initial.ts';
import * as migration_20261124_162716 from './20261124_162716.ts';
import * as migration_20261201_013244 from './20261201_013244.ts';
import * as migration_20261201_020956 from './20261201_020956.ts';
import * as migration_20261201_040947 from './20261201_040947.ts';
import * as migration_20261201_041829 from './20261201_041829.ts';
import * as migration_20261201_080618 from './20261201_080618.ts';
import * as migration_20261201_233505 from './20261201_233505.ts';
import * as migration_20261202_074529 from './20261202_074529.ts';
import * as migration_20261202_082727 from './20261202_082727.ts';
import * as migration_20261202_083132 from './20261202_083132.ts';
import * as migration_20261202_110100 from './20261202_110100.ts';
import * as migration_20261202_120017 from './20261202_120017.ts';
import * as migration_20261202_145501 from './20261202_145501.ts';
import * as migration_20261202_152613 from './20261202_152613.ts';

export const migrations = [
  {
    up: migration_20261124_135320_initial.up,
    down: migration_20261124_135320_initial.down,
    name: '20261124_135320_initial',
  },
  {
    up: migration_20261124_162716.up,
    down: migration_20261124_162716.down,
    name: '20261124_162716',
  },
  {
    up: migration_20261201_013244.up,
    down: migration_20261201_013244.down,
    name: '20261201_013244',
  },
  {
    up: migration_20261201_020956.up,
    down: migration_20261201_020956.down,
    name: '20261201_020956',
  },
  {
    up: migration_20261201_040947.up,
    down: migration_20261201_040947.down,
    name: '20261201_040947',
  },
  {
    up: migration_20261201_041829.up,
    down: migration_20261201_041829.down,
    name: '20261201_041829',
  },
  {
    up: migration_20261201_080618.up,
    down: migration_20261201_080618.down,
    name: '20261201_080618',
  },
  {
    up: migration_20261201_233505.up,
    down: migration_20261201_233505.down,
    name: '20261201_233505',
  },
  {
    up: migration_20261202_074529.up,
    down: migration_20261202_074529.down,
    name: '20261202_074529',
  },
  {
    up: migration_20261202_082727.up,
    down: migration_20261202_082727.down,
    name: '20261202_082727',
  },
  {
    up: migration_20261202_083132.up,
    down: migration_20261202_083132.down,
    name: '20261202_083132',
  },
  {
    up: migration_20261202_110100.up,
    down: migration_20261202_110100.down,
    name: '20261202_110100',
  },
  {
    up: migration_20261202_120017.up,
    down: migration_20261202_120017.down,
    name: '20261202_120017',
  },
  {
    up: migration_20261202_145501.up,
    down: migration_20261202_145501.down,
    name: '20261202_145501',
  },
  {
    up: migration_20261202_152613.up,
    down: migration_20261202_152613.down,
    name: '20261202_152613'
  },
];
