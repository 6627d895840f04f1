import * as migration_20261129_091747_initial from './20261129_091747_initial';

export const migrations = [
  {
    up: migration_20261129_091747_initial.up,
    down: migration_20261129_091747_initial.down,
    name: '20261129_091747_initial'
  },
];
