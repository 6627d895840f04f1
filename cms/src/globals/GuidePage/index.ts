import type { GlobalConfig } from 'payload'

import { globalContentAccess } from '../../access/contentAccess'
import { adminGroups } from '../../collections/groups'
import { editorialVersions } from '../../collections/versions'
import { sections } from './sections'

/** The guide's own words: every heading, intro and paragraph that is not a list item. */
export const GuidePage: GlobalConfig<'guide-page'> = {
  slug: 'guide-page',
  label: 'Guide page text',
  admin: {
    group: adminGroups.guide,
    description: 'Headings, introductions and paragraphs of the guide, one tab per section.',
  },
  access: globalContentAccess,
  versions: editorialVersions,
  fields: [{ type: 'tabs', tabs: sections }],
}
