import { adminGroups } from '../../collections/groups'
import { guideGlobal } from '../../collections/guideContent'
import { label, paragraph } from '../../fields/label'
import { linkTargetField } from '../../fields/linkTarget'

/**
 * Everything the site shows around the guide: its navigation and footer, and the words of
 * the pages beyond the guide itself (salary benchmarks, skills). The site hard-codes none of it.
 */
export const SiteSettings = guideGlobal('site-settings', {
  label: 'Site settings',
  admin: {
    group: adminGroups.guide,
    description: 'Navigation, footer, and the text of the salary benchmarks and skills pages.',
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Header and footer',
          fields: [
            {
              name: 'navigation',
              type: 'array',
              required: true,
              minRows: 1,
              labels: { singular: 'Link', plural: 'Links' },
              admin: { description: 'The links in the header of every page, in this order.' },
              fields: [
                { name: 'label', type: 'text', required: true },
                {
                  name: 'path',
                  type: 'text',
                  required: true,
                  admin: { description: 'A page of the site: "/", "/salaries", "/#career-path".' },
                  validate: linkTargetField({ required: true, sitePagesOnly: true }),
                },
              ],
            },
            {
              name: 'footer',
              type: 'group',
              fields: [
                paragraph('text', '', 'A sentence at the foot of every page (optional).'),
                label('asOfLabel', 'Figures as of'),
                label('sourcesLabel', 'Sources'),
                label('apiLabel', 'Content API for developers'),
              ],
            },
          ],
        },
        {
          name: 'salariesPage',
          label: 'Salary benchmarks page',
          fields: [
            label('title', 'Salary benchmarks'),
            paragraph(
              'description',
              'MLOps salary benchmarks by experience level and by role, with the career stages in each band.',
              'For search engines and share cards.',
            ),
            label('levelsHeading', 'By experience level'),
            label('rolesHeading', 'By role'),
            label('roleLabel', 'Role'),
            label('stagesHeading', 'Career stages by salary band'),
            label('sourceLabel', 'Source'),
            label('asOfLabel', 'As of'),
            label('downloadsHeading', 'Download the data'),
          ],
        },
        {
          name: 'skillsPage',
          label: 'Skills pages',
          fields: [
            label('title', 'Skills and tools'),
            paragraph(
              'description',
              'The skills and tools of MLOps by category, with the career stages and roles that use each.',
              'For search engines and share cards.',
            ),
            label('otherToolsHeading', 'Other tools in the guide'),
            label('categoryLabel', 'Category'),
            label('stagesHeading', 'Career stages that need it'),
            label('rolesHeading', 'Roles that use it'),
            label('noneLabel', 'Not named by a career stage or role yet.'),
          ],
        },
        {
          name: 'careerPathPage',
          label: 'Career path pages',
          description:
            'The page /career-path and the stage pages. A stage paired with no salary band shows the pay of the bands its years span, in the words of "Pay from the years".',
          fields: [
            label('title', 'Career path'),
            paragraph(
              'description',
              'The MLOps career path stage by stage: years of experience, pay and key skills.',
              'For search engines and share cards.',
            ),
            label('stageLabel', 'Stage'),
            label('yearsLabel', 'Years'),
            label('payLabel', 'Pay'),
            label(
              'payFromYears',
              '{years} spans {bands}: {range}',
              'Pay from the years: {years}, {bands} and {range} are filled in.',
            ),
            label('pathHeading', 'Where this stage sits on the path'),
            label('nextHeading', 'What to learn next'),
            label(
              'nextFrom',
              'Derived from the key skills of the next stage, {next}, that neither this stage nor an earlier one lists.',
              'Under "What to learn next": {next} is the next stage.',
            ),
            label('answersHeading', 'The guide answers'),
            label('standHeading', 'Where do I stand?'),
            label('yearsField', 'Years of experience'),
            label('fromField', 'The role you come from (optional)'),
            label('noRole', 'Not given', "The role field's empty choice."),
            label('standButton', 'Show my stage'),
            label(
              'yearsProblem',
              'enter a whole number from 0 to 60',
              "After the field's name when the years given are not a number of years.",
            ),
            label(
              'fromProblem',
              'choose one of the roles listed, or none',
              "After the field's name when the role given is not one of the roles.",
            ),
            label('repeatedProblem', 'give it once', "After the field's name when given twice."),
            label(
              'standAnswer',
              'With {years} years of experience',
              'Heading of the answer: {years} is the number given.',
            ),
            label('noStage', 'No stage of the path spans these years.'),
          ],
        },
        {
          name: 'learningPathPage',
          label: 'Learning path page',
          description:
            'The checklist page /learning-path; its steps are edited in "Guide page text", tab "What to learn first".',
          fields: [
            label('title', 'What to learn first'),
            paragraph(
              'description',
              'The order the MLOps Career Guide gives for learning its tools, as a checklist to tick, print and share.',
              'Under the title, for search engines and share cards.',
            ),
            label('transitionHeading', 'From DevOps to MLOps'),
            label('carriesOverLabel', 'What carries over'),
            label('toLearnLabel', 'What to learn'),
            label('answerLabel', 'The whole answer', 'Links each part to the FAQ it comes from.'),
            label(
              'shareLabel',
              'Put the ticks in the address',
              'The button that makes a shareable link.',
            ),
            label(
              'checklistLink',
              'Checklist',
              'On the home page, beside a question the checklist answers.',
            ),
          ],
        },
        {
          name: 'changesPage',
          label: 'Record of changes',
          description:
            'The page /changes and its feed list every change readers saw (a document published, updated, withdrawn or removed, and the figures it changed), made from the content events; these are its words.',
          fields: [
            label('title', 'Changes to the guide'),
            paragraph(
              'description',
              'Every change readers saw in the MLOps Career Guide since its 2026 edition: what was published, updated, withdrawn or removed, and the figures it changed, newest first.',
              'Under the title, for search engines and share cards.',
            ),
            paragraph(
              'noChanges',
              'Nothing has changed since the guide was published.',
              'Shown while the list is empty.',
            ),
            label('sourceLabel', 'Source'),
            label('asOfLabel', 'As of'),
            label('feedLabel', 'Follow changes (Atom feed)'),
            label('chartLine', 'Figures updated', 'Under every chart, before the date.'),
            label('publishedLabel', 'Published', 'A document readers could not see before.'),
            label('updatedLabel', 'Updated', 'A published document changed (no figure of it).'),
            label('unpublishedLabel', 'Withdrawn', 'A document unpublished.'),
            label('deletedLabel', 'Removed', 'A published document deleted.'),
            label(
              'alsoChangedLabel',
              'Also changed',
              'Before the documents that quote or show it.',
            ),
            label(
              'releaseLabel',
              'Published together as',
              'Before the name of a release: documents an editor published at once.',
            ),
            label(
              'beforeLink',
              'The guide before this change',
              'Under a change: opens the guide as it read just before it.',
            ),
            label(
              'beforeLinkName',
              'The guide before this change: {change}, {date}',
              "That link's name for screen readers, telling the links apart: {change} and {date} are filled in. Start it with the link's words above, as they are heard.",
            ),
            label(
              'asItRead',
              'The guide as it read on {date}, before {change}. Its links lead to the current pages.',
              'The banner of that page: {date} and {change} (a link to the change) are filled in.',
            ),
            label(
              'asItReadName',
              'An earlier version of the guide',
              "The banner's name for screen readers.",
            ),
            label(
              'currentLink',
              'Read the current guide',
              "The banner's link to the guide as it reads now.",
            ),
            label(
              'olderLink',
              'Older changes',
              'At the foot of the list, when the record holds older changes: the next hundred.',
            ),
            label('newerLink', 'Newer changes', 'At the foot of a page of older changes.'),
            label(
              'newestLink',
              'Newest changes',
              'Beside it, from the third page on: back to the first page.',
            ),
            label(
              'pageOf',
              'Page {page} of {pages}',
              'Under the title of a page of older changes, and in its title: {page} and {pages} are filled in.',
            ),
          ],
        },
      ],
    },
  ],
})
