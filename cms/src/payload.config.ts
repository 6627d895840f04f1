import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { ApiClients } from './collections/ApiClients'
import { CareerStages } from './collections/CareerStages'
import { Companies } from './collections/Companies'
import { CompanyGroups } from './collections/CompanyGroups'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { Roles } from './collections/Roles'
import { SalaryBands } from './collections/SalaryBands'
import { ToolCategories } from './collections/ToolCategories'
import { Tools } from './collections/Tools'
import { Users } from './collections/Users'
import { exportsEndpoint } from './endpoints/exports'
import { health } from './endpoints/health'
import { previewDraft } from './endpoints/previewDraft'
import { keepPoolAlive } from './database/keepPoolAlive'
import { prepareDatabase } from './database/prepareDatabase'
import { corsOrigins, env } from './env'
import { GuidePage } from './globals/GuidePage'
import { jobs } from './jobs'
import { editorialWorkflow } from './plugins/editorialWorkflow'
import { mediaStorage } from './plugins/mediaStorage'
import { openApi } from './plugins/openApi'
import { publicApiLimits } from './plugins/publicApiLimits'
import { revalidateSites } from './plugins/revalidateSites'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.CMS_PUBLIC_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    // No Gravatar: the admin makes no third-party requests.
    avatar: 'default',
    meta: { titleSuffix: ' | MLOps Career Guide CMS' },
    importMap: { baseDir: dirname },
  },
  collections: [
    CareerStages,
    SalaryBands,
    Roles,
    ToolCategories,
    Tools,
    CompanyGroups,
    Companies,
    Faqs,
    Media,
    Users,
    ApiClients,
  ],
  globals: [GuidePage],
  endpoints: [health, exportsEndpoint, previewDraft],
  jobs,
  // Before the CMS answers: a pool that survives database restarts, then the schema and
  // (on an empty database) the guide's content.
  onInit: async (payload) => {
    keepPoolAlive(payload)
    await prepareDatabase(payload)
  },
  plugins: [editorialWorkflow, revalidateSites, publicApiLimits, openApi, mediaStorage],
  editor: lexicalEditor(),
  db: postgresAdapter({
    pool: {
      connectionString: env.DATABASE_URL,
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
  // The GraphQL API stays; its in-browser playground is for development only.
  graphQL: { disablePlaygroundInProduction: true },
  cors: corsOrigins,
  csrf: corsOrigins,
  typescript: {
    // The types live in packages/content, which other apps use without `payload`; the
    // module augmentation that types the CMS's own code is in src/payload-types.d.ts.
    declare: false,
    autoGenerate: false,
    outputFile: path.resolve(dirname, '../../packages/content/src/payload-types.ts'),
  },
})
