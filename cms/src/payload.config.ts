import { postgresAdapter } from '@payloadcms/db-postgres'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { buildConfig, type CollectionConfig } from 'payload'

import type { GuideCollectionSlug } from '@mlops-guide/content/collections'

import { ApiClients } from './collections/ApiClients'
import { CareerStages } from './collections/CareerStages'
import { Companies } from './collections/Companies'
import { CompanyGroups } from './collections/CompanyGroups'
import { Faqs } from './collections/Faqs'
import { type GuideCollectionConfig } from './collections/guideContent'
import { Media } from './collections/Media'
import { Roles } from './collections/Roles'
import { SalaryBands } from './collections/SalaryBands'
import { Releases } from './collections/Releases'
import { ToolCategories } from './collections/ToolCategories'
import { Tools } from './collections/Tools'
import { Users } from './collections/Users'
import { WebhookDeliveries } from './collections/WebhookDeliveries'
import { WebhookSubscribers } from './collections/WebhookSubscribers'
import { richTextEditor } from './fields/editor'
import { exportsEndpoint } from './endpoints/exports'
import { graphqlSchema } from './endpoints/graphqlSchema'
import { health, liveness } from './endpoints/health'
import { previewDraft } from './endpoints/previewDraft'
import { keepPoolAlive } from './database/keepPoolAlive'
import { prepareDatabase } from './database/prepareDatabase'
import { contentChangeEndpoint, contentChangesEndpoint } from './events/changesEndpoint'
import { figureCheckEndpoint } from './figures/checkEndpoint'
import { FigureQuotes } from './figures/FigureQuotes'
import { corsOrigins, env } from './env'
import { GuidePage } from './globals/GuidePage'
import { SiteSettings } from './globals/SiteSettings'
import { answerDatabaseOutage } from './hooks/answerDatabaseOutage'
import { explainForeignOrigin } from './hooks/explainForeignOrigin'
import { jobs } from './jobs'
import { restoreWording } from './review/restoreWording'
import { logger } from './logger'
import { mcpEndpoint } from './mcp/endpoint'
import { mediaStorage } from './plugins/mediaStorage'
import { openApi } from './plugins/openApi'
import { publicApiLimits } from './plugins/publicApiLimits'
import { redirects } from './redirects/plugin'
import { bumpingCollection } from './api/readCache/hooks'
import { reportingFailedCommits } from './framework/failedCommits'
import { limitOpenTransactions } from './framework/openTransactions'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Connections per CMS process (node-postgres's default), of which transactions may hold all but two. */
const POOL_SIZE = 10
const POOL_KEPT_FROM_TRANSACTIONS = 2

/**
 * The guide's content: one entry per collection the contract with the site names
 * (packages/content), each made by guideCollection (collections/guideContent.ts). A
 * collection missing here, or added without that helper, does not compile.
 */
const guideContent = {
  'career-stages': CareerStages,
  'salary-bands': SalaryBands,
  roles: Roles,
  'tool-categories': ToolCategories,
  tools: Tools,
  'company-groups': CompanyGroups,
  companies: Companies,
  faqs: Faqs,
} satisfies { [S in GuideCollectionSlug]: GuideCollectionConfig<S> }

export default buildConfig({
  serverURL: env.CMS_PUBLIC_URL,
  secret: env.PAYLOAD_SECRET,
  logger,
  // A wrong password, a locked account or an unverified address is the caller's mistake (a
  // 401 or 403), not the server's: Payload logs any error it has no level for as an error,
  // with its stack, which would page an operator for every mistyped password.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'warn', UnverifiedEmail: 'info' },
  admin: {
    user: Users.slug,
    // No Gravatar: the admin makes no third-party requests.
    avatar: 'default',
    meta: { titleSuffix: ' | MLOps Career Guide CMS' },
    importMap: { baseDir: dirname },
    // Scheduled publishing names its timezone and starts from UTC, not "Select a value".
    timezones: {
      defaultTimezone: 'UTC',
      supportedTimezones: ({ defaultTimezones }) => [
        { label: 'UTC', value: 'UTC' },
        ...defaultTimezones,
      ],
    },
    components: {
      // The first thing editors see: figures typed in text that contradict the data.
      beforeDashboard: [
        // What is waiting for someone: reviews, schedules, stale figures, failed webhooks.
        '/review/admin/NeedsAttention#NeedsAttention',
        // Published content the site will not render (it keeps its last good copy).
        '/components/UnrenderableContent#UnrenderableContent',
        '/figures/admin/FigureMismatches#FigureMismatches',
      ],
    },
  },
  // The brand on guide collections is a type only; Payload takes them as plain configs.
  // The content generation that the API's read cache checks moves with every content event
  // (events/), and with every write to media, which anonymous clients read too. Users, API
  // keys and the figure index are not public.
  collections: [
    ...(Object.values(guideContent) as CollectionConfig[]),
    bumpingCollection(Media),
    Users,
    ApiClients,
    Releases,
    WebhookSubscribers,
    WebhookDeliveries,
    FigureQuotes,
  ],
  globals: [GuidePage, SiteSettings],
  // Payload's own words where they leave out what happens (review/restoreWording.ts).
  i18n: { translations: { en: restoreWording } },
  endpoints: [
    health,
    liveness,
    exportsEndpoint,
    previewDraft,
    contentChangesEndpoint,
    contentChangeEndpoint,
    figureCheckEndpoint,
    graphqlSchema,
    mcpEndpoint,
  ],
  jobs,
  // A database outage answers 503 with Retry-After, not 500 (database/outage.ts); a write
  // from an admin opened at a foreign address says which address to use.
  hooks: { afterError: [answerDatabaseOutage, explainForeignOrigin] },
  // Before the CMS answers: a pool that survives database restarts, then the schema and
  // (on an empty database) the guide's content.
  onInit: async (payload) => {
    keepPoolAlive(payload)
    await prepareDatabase(payload)
  },
  // Redirects first: the OpenAPI document covers the collection it adds.
  plugins: [redirects, openApi, mediaStorage, publicApiLimits],
  // Resizes uploaded images into Media's imageSizes.
  sharp,
  // Every rich-text field: what the site can render, and the inline Figure (fields/editor.ts).
  editor: richTextEditor,
  // A COMMIT that fails fails the write (Payload's own transactions report it as saved).
  // A few pool connections stay out of reach of transactions (framework/openTransactions.ts).
  db: limitOpenTransactions(
    reportingFailedCommits(
      postgresAdapter({
        pool: {
          connectionString: env.DATABASE_URL,
          max: POOL_SIZE,
          // A request waits at most 5 s for a connection, and a query at most 15 s, then fails
          // instead of hanging (after a database restart, for one).
          connectionTimeoutMillis: 5000,
          query_timeout: 15_000,
        },
        // Reads spread over the replicas when there are any (deploy/README.md).
        readReplicas: env.DATABASE_READ_REPLICA_URLS.length
          ? env.DATABASE_READ_REPLICA_URLS
          : undefined,
        // Schema changes only ever go through the committed migrations in src/migrations.
        push: false,
        migrationDir: path.resolve(dirname, 'migrations'),
      }),
    ),
    POOL_SIZE - POOL_KEPT_FROM_TRANSACTIONS,
  ),
  // The GraphQL API stays; its in-browser playground is for development only.
  graphQL: { disablePlaygroundInProduction: true },
  // An MCP client in a browser sends the protocol's own headers (api/mcp): allowed in its
  // preflight, like Payload's defaults.
  cors: { origins: corsOrigins, headers: ['Mcp-Protocol-Version', 'Mcp-Session-Id'] },
  csrf: corsOrigins,
  typescript: {
    // The types live in packages/content, which other apps use without `payload`; the
    // module augmentation that types the CMS's own code is in src/payload-types.d.ts.
    declare: false,
    autoGenerate: false,
    outputFile: path.resolve(dirname, '../../packages/content/src/payload-types.ts'),
  },
})
