import type { Field } from 'payload'

/**
 * A short piece of site text (a heading, a column name), required, with the wording the site
 * starts with. The default is the seed: a new database gets it without a fixture.
 */
export const label = (name: string, defaultValue: string, description?: string): Field => ({
  name,
  type: 'text',
  required: true,
  defaultValue,
  admin: description ? { description } : undefined,
})

/** A longer text the site starts with, optional. */
export const paragraph = (name: string, defaultValue: string, description?: string): Field => ({
  name,
  type: 'textarea',
  defaultValue,
  admin: description ? { description } : undefined,
})
