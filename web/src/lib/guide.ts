import type { ContentClient } from '@mlops-guide/content'
import type {
  CareerStage,
  Company,
  CompanyGroup,
  Faq,
  GuidePage,
  Role,
  SalaryBand,
  Tool,
  ToolCategory,
} from '@mlops-guide/content/types'

/** Everything the site renders, fetched in one go and kept in memory. */
export type Guide = {
  page: GuidePage
  roles: Role[]
  categories: ToolCategory[]
  tools: Tool[]
  stages: CareerStage[]
  groups: CompanyGroup[]
  companies: Company[]
  bands: SalaryBand[]
  faqs: Faq[]
}

// Lists are short (tens of documents); 100 is the API's page-size cap.
const all = { limit: 100, depth: 1 } as const

/** Fetches the whole published guide; collections come in the editors' drag-and-drop order. */
export async function fetchGuide(client: ContentClient): Promise<Guide> {
  const [page, roles, categories, tools, stages, groups, companies, bands, faqs] =
    await Promise.all([
      client.findGlobal('guide-page', { depth: 1 }),
      client.find('roles', all),
      client.find('tool-categories', all),
      client.find('tools', all),
      client.find('career-stages', all),
      client.find('company-groups', all),
      client.find('companies', all),
      client.find('salary-bands', all),
      client.find('faqs', all),
    ])
  return {
    page,
    roles: roles.docs,
    categories: categories.docs,
    tools: tools.docs,
    stages: stages.docs,
    groups: groups.docs,
    companies: companies.docs,
    bands: bands.docs,
    faqs: faqs.docs,
  }
}

/** A relationship field at depth 1 is the document, or its id if it could not be read. */
export const populated = <T extends object>(value: number | T | null | undefined): T | null =>
  value != null && typeof value === 'object' ? value : null
