import { adminGroups } from '../../collections/groups'
import { guideGlobal } from '../../collections/guideContent'
import { sections } from './sections'

/** The guide's own words: every heading, intro and paragraph that is not a list item. */
export const GuidePage = guideGlobal('guide-page', {
  label: 'Guide page text',
  admin: {
    group: adminGroups.guide,
    description: 'Headings, introductions and paragraphs of the guide, one tab per section.',
  },
  fields: [{ type: 'tabs', tabs: sections }],
})
