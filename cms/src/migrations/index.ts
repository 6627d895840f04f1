import * as migration_20261129_091747_initial from './20261129_091747_initial';
import * as migration_20261129_093243_rich_text_html from './20261129_093243_rich_text_html';
import * as migration_20261129_102352_site_labels from './20261129_102352_site_labels';
import * as migration_20261129_103024_api_clients from './20261129_103024_api_clients';
import * as migration_20261129_114131_editorial_workflow from './20261129_114131_editorial_workflow';
import * as migration_20261129_131907_media from './20261129_131907_media';

export const migrations = [
  {
    up: migration_20261129_091747_initial.up,
    down: migration_20261129_091747_initial.down,
    name: '20261129_091747_initial',
  },
  {
    up: migration_20261129_093243_rich_text_html.up,
    down: migration_20261129_093243_rich_text_html.down,
    name: '20261129_093243_rich_text_html',
  },
  {
    up: migration_20261129_102352_site_labels.up,
    down: migration_20261129_102352_site_labels.down,
    name: '20261129_102352_site_labels',
  },
  {
    up: migration_20261129_103024_api_clients.up,
    down: migration_20261129_103024_api_clients.down,
    name: '20261129_103024_api_clients',
  },
  {
    up: migration_20261129_114131_editorial_workflow.up,
    down: migration_20261129_114131_editorial_workflow.down,
    name: '20261129_114131_editorial_workflow',
  },
  {
    up: migration_20261129_131907_media.up,
    down: migration_20261129_131907_media.down,
    name: '20261129_131907_media'
  },
];
