import * as migration_20261129_173427_initial from './20261129_173427_initial';
import * as migration_20261129_180154_site_pages from './20261129_180154_site_pages';
import * as migration_20261129_185026_live_figures from './20261129_185026_live_figures';
import * as migration_20261129_195933_sign_in_per_address from './20261129_195933_sign_in_per_address';
import * as migration_20261129_210000_content_generation from './20261129_210000_content_generation';
import * as migration_20261129_220000_shared_rate_limits from './20261129_220000_shared_rate_limits';
import * as migration_20261129_221345_api_client_rate_limit from './20261129_221345_api_client_rate_limit';
import * as migration_20261129_222331_webhooks from './20261129_222331_webhooks';
import * as migration_20261206_204641_webhook_event_sequence from './20261206_204641_webhook_event_sequence';
import * as migration_20261206_210000_content_events from './20261206_210000_content_events';
import * as migration_20261206_212409_webhook_attempts_and_documents from './20261206_212409_webhook_attempts_and_documents';
import * as migration_20261206_232607_stage_pay_named_tools_career_path_text from './20261206_232607_stage_pay_named_tools_career_path_text';
import * as migration_20261206_232643_change_labels from './20261206_232643_change_labels';
import * as migration_20261206_232744_media_image_sizes from './20261206_232744_media_image_sizes';
import * as migration_20261207_000000_seed_and_deleted_titles from './20261207_000000_seed_and_deleted_titles';
import * as migration_20261207_011000_figure_quotes from './20261207_011000_figure_quotes';
import * as migration_20261207_023450_learning_path from './20261207_023450_learning_path';
import * as migration_20261207_023805_faq_audiences_and_where_do_i_stand from './20261207_023805_faq_audiences_and_where_do_i_stand';
import * as migration_20261207_023849_review_status from './20261207_023849_review_status';
import * as migration_20261207_024713_releases from './20261207_024713_releases';
import * as migration_20261207_042617_changes_page_texts from './20261207_042617_changes_page_texts';
import * as migration_20261207_054820_redirects from './20261207_054820_redirects';
import * as migration_20261207_062108_as_it_read_words from './20261207_062108_as_it_read_words';
import * as migration_20261207_085107_before_link_name from './20261207_085107_before_link_name';
import * as migration_20261207_100658_changes_pager_words from './20261207_100658_changes_pager_words';

export const migrations = [
  {
    up: migration_20261129_173427_initial.up,
    down: migration_20261129_173427_initial.down,
    name: '20261129_173427_initial',
  },
  {
    up: migration_20261129_180154_site_pages.up,
    down: migration_20261129_180154_site_pages.down,
    name: '20261129_180154_site_pages',
  },
  {
    up: migration_20261129_185026_live_figures.up,
    down: migration_20261129_185026_live_figures.down,
    name: '20261129_185026_live_figures',
  },
  {
    up: migration_20261129_195933_sign_in_per_address.up,
    down: migration_20261129_195933_sign_in_per_address.down,
    name: '20261129_195933_sign_in_per_address',
  },
  {
    up: migration_20261129_210000_content_generation.up,
    down: migration_20261129_210000_content_generation.down,
    name: '20261129_210000_content_generation',
  },
  {
    up: migration_20261129_220000_shared_rate_limits.up,
    down: migration_20261129_220000_shared_rate_limits.down,
    name: '20261129_220000_shared_rate_limits',
  },
  {
    up: migration_20261129_221345_api_client_rate_limit.up,
    down: migration_20261129_221345_api_client_rate_limit.down,
    name: '20261129_221345_api_client_rate_limit',
  },
  {
    up: migration_20261129_222331_webhooks.up,
    down: migration_20261129_222331_webhooks.down,
    name: '20261129_222331_webhooks',
  },
  {
    up: migration_20261206_204641_webhook_event_sequence.up,
    down: migration_20261206_204641_webhook_event_sequence.down,
    name: '20261206_204641_webhook_event_sequence',
  },
  {
    up: migration_20261206_210000_content_events.up,
    down: migration_20261206_210000_content_events.down,
    name: '20261206_210000_content_events',
  },
  {
    up: migration_20261206_212409_webhook_attempts_and_documents.up,
    down: migration_20261206_212409_webhook_attempts_and_documents.down,
    name: '20261206_212409_webhook_attempts_and_documents',
  },
  {
    up: migration_20261206_232607_stage_pay_named_tools_career_path_text.up,
    down: migration_20261206_232607_stage_pay_named_tools_career_path_text.down,
    name: '20261206_232607_stage_pay_named_tools_career_path_text',
  },
  {
    up: migration_20261206_232643_change_labels.up,
    down: migration_20261206_232643_change_labels.down,
    name: '20261206_232643_change_labels',
  },
  {
    up: migration_20261206_232744_media_image_sizes.up,
    down: migration_20261206_232744_media_image_sizes.down,
    name: '20261206_232744_media_image_sizes',
  },
  {
    up: migration_20261207_000000_seed_and_deleted_titles.up,
    down: migration_20261207_000000_seed_and_deleted_titles.down,
    name: '20261207_000000_seed_and_deleted_titles',
  },
  {
    up: migration_20261207_011000_figure_quotes.up,
    down: migration_20261207_011000_figure_quotes.down,
    name: '20261207_011000_figure_quotes',
  },
  {
    up: migration_20261207_023450_learning_path.up,
    down: migration_20261207_023450_learning_path.down,
    name: '20261207_023450_learning_path',
  },
  {
    up: migration_20261207_023805_faq_audiences_and_where_do_i_stand.up,
    down: migration_20261207_023805_faq_audiences_and_where_do_i_stand.down,
    name: '20261207_023805_faq_audiences_and_where_do_i_stand',
  },
  {
    up: migration_20261207_023849_review_status.up,
    down: migration_20261207_023849_review_status.down,
    name: '20261207_023849_review_status',
  },
  {
    up: migration_20261207_024713_releases.up,
    down: migration_20261207_024713_releases.down,
    name: '20261207_024713_releases',
  },
  {
    up: migration_20261207_042617_changes_page_texts.up,
    down: migration_20261207_042617_changes_page_texts.down,
    name: '20261207_042617_changes_page_texts',
  },
  {
    up: migration_20261207_054820_redirects.up,
    down: migration_20261207_054820_redirects.down,
    name: '20261207_054820_redirects',
  },
  {
    up: migration_20261207_062108_as_it_read_words.up,
    down: migration_20261207_062108_as_it_read_words.down,
    name: '20261207_062108_as_it_read_words',
  },
  {
    up: migration_20261207_085107_before_link_name.up,
    down: migration_20261207_085107_before_link_name.down,
    name: '20261207_085107_before_link_name',
  },
  {
    up: migration_20261207_100658_changes_pager_words.up,
    down: migration_20261207_100658_changes_pager_words.down,
    name: '20261207_100658_changes_pager_words'
  },
];
