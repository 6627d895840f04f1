import type { ArrayField, Field, Tab } from 'payload'

/** A piece of the guide's sentence and the tools it names, each linking its skill page. */
const namedTools = (description: string): Field[] => [
  { name: 'text', type: 'textarea', required: true, admin: { description } },
  {
    name: 'tools',
    type: 'relationship',
    relationTo: 'tools',
    hasMany: true,
    admin: { description: 'The skills or tools it names; each links its skill page.' },
  },
]

const list = (name: string, singular: string, plural: string, description: string): ArrayField => ({
  name,
  type: 'array',
  labels: { singular, plural },
  admin: { initCollapsed: true },
  fields: namedTools(description),
})

/**
 * The guide's answers on what to learn first and on moving from DevOps, as structured content:
 * the site renders them as the checklist page /learning-path (one checkbox per tool of a step)
 * and links them from the home page's first screen.
 */
export const learningPathTab: Tab = {
  name: 'learningPath',
  label: 'What to learn first',
  description:
    'The checklist page (/learning-path): the learning order and the move from DevOps, in the words of the FAQ answers they come from.',
  fields: [
    {
      name: 'faq',
      label: 'Answer of the learning order',
      type: 'relationship',
      relationTo: 'faqs',
      admin: {
        description: 'The FAQ the steps come from; the home page links it to the checklist.',
      },
    },
    list('steps', 'Step', 'Steps', 'The step as the guide words it, e.g. "Then learn MLflow ..."'),
    {
      name: 'transitionFaq',
      label: 'Answer on the move from DevOps',
      type: 'relationship',
      relationTo: 'faqs',
      admin: { description: 'The FAQ the two lists below come from.' },
    },
    list('carriesOver', 'Skill that carries over', 'What carries over', 'e.g. "CI/CD"'),
    list('toLearn', 'Skill to learn', 'What to learn', 'e.g. "experiment tracking"'),
  ],
}
