import type { Field, Tab } from 'payload'

import { linkTargetField } from '../../fields/linkTarget'
import { richTextWithHtml } from '../../fields/richTextWithHtml'
import { learningPathTab } from './learningPath'

const heading = (defaultValue: string): Field => ({
  name: 'heading',
  type: 'text',
  required: true,
  defaultValue,
})

const intro: Field = { name: 'intro', type: 'textarea' }

/** One tab per section of the page, in reading order; each tab is a named group in the API. */
export const sections: Tab[] = [
  {
    name: 'hero',
    label: 'Title',
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'subtitle', type: 'textarea', required: true },
      {
        name: 'questions',
        label: 'Questions answered first',
        type: 'relationship',
        relationTo: 'faqs',
        hasMany: true,
        admin: {
          description:
            'The questions readers come with, linked on the first screen of the home page under the title.',
        },
      },
    ],
  },
  {
    name: 'why',
    label: 'Why MLOps?',
    fields: [heading('Why MLOps?'), ...richTextWithHtml('body', { required: true })],
  },
  {
    name: 'what',
    label: 'What is MLOps?',
    fields: [
      heading('What is MLOps?'),
      intro,
      {
        name: 'responsibilities',
        type: 'array',
        required: true,
        minRows: 1,
        labels: { singular: 'Responsibility', plural: 'Responsibilities' },
        admin: { initCollapsed: true },
        fields: [
          { name: 'title', type: 'text', required: true },
          { name: 'description', type: 'textarea', required: true },
        ],
      },
    ],
  },
  {
    name: 'comparison',
    label: 'Role comparison',
    description: 'The roles themselves (the columns) are edited under "Role comparison".',
    fields: [
      heading('MLOps vs DevOps vs ML Engineer'),
      intro,
      {
        name: 'rowLabels',
        label: 'Row labels',
        type: 'group',
        fields: [
          { name: 'aspect', type: 'text', required: true, defaultValue: 'Aspect' },
          { name: 'primaryFocus', type: 'text', required: true, defaultValue: 'Primary focus' },
          { name: 'keyTools', type: 'text', required: true, defaultValue: 'Key tools' },
          { name: 'dataHandling', type: 'text', required: true, defaultValue: 'Data handling' },
          { name: 'testing', type: 'text', required: true, defaultValue: 'Testing' },
          { name: 'monitoring', type: 'text', required: true, defaultValue: 'Monitoring' },
          { name: 'typicalSalary', type: 'text', required: true, defaultValue: 'Typical salary' },
        ],
      },
    ],
  },
  {
    name: 'skills',
    label: 'Core Skills',
    description: 'The skills are edited under "Skills & tools".',
    fields: [heading('Core Skills'), intro],
  },
  {
    name: 'careerPath',
    label: 'Career Path',
    description: 'The stages are edited under "Career stages".',
    fields: [heading('Career Path'), intro],
  },
  {
    name: 'companies',
    label: 'Companies',
    description: 'The companies are edited under "Companies".',
    fields: [heading('Top Companies Hiring MLOps'), ...richTextWithHtml('footnote')],
  },
  {
    name: 'salaries',
    label: 'Salary by Experience',
    description: 'The bands are edited under "Salary bands".',
    fields: [
      heading('Salary by Experience'),
      { name: 'levelLabel', type: 'text', required: true, defaultValue: 'Level' },
      { name: 'rangeLabel', type: 'text', required: true, defaultValue: 'Base Salary Range' },
      ...richTextWithHtml('footnote'),
    ],
  },
  {
    name: 'faq',
    label: 'FAQ',
    description: 'The questions are edited under "FAQs".',
    fields: [heading('Frequently Asked Questions')],
  },
  learningPathTab,
  {
    name: 'nextSteps',
    label: 'Next Steps',
    fields: [
      heading('Next Steps'),
      {
        name: 'links',
        type: 'array',
        labels: { singular: 'Link', plural: 'Links' },
        fields: [
          { name: 'label', type: 'text', required: true },
          { name: 'description', type: 'text', required: true },
          {
            name: 'url',
            label: 'Address',
            type: 'text',
            admin: {
              description:
                'A page of the site ("/salaries") or a full https:// address. Leave it empty while the address is unknown: the site then shows the text without a link.',
            },
            validate: linkTargetField({ required: false }),
          },
        ],
      },
    ],
  },
  {
    name: 'labels',
    label: 'Site labels',
    description: 'Short labels the site shows around the content (filters, charts, stage pages).',
    fields: [
      {
        name: 'allSkills',
        label: 'Skills filter: all',
        type: 'text',
        required: true,
        defaultValue: 'All',
      },
      {
        name: 'salaryBand',
        label: 'Salary band',
        type: 'text',
        required: true,
        defaultValue: 'Salary band',
      },
      {
        name: 'keySkills',
        label: 'Key skills',
        type: 'text',
        required: true,
        defaultValue: 'Key skills',
      },
      {
        name: 'timelineAxis',
        label: 'Career timeline axis',
        type: 'text',
        required: true,
        defaultValue: 'Years of experience',
      },
    ],
  },
]
