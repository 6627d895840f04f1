/** Sidebar groups of the admin, in plain words for editors. */
export const adminGroups = {
  career: 'Career path & pay',
  skills: 'Skills & tools',
  companies: 'Companies',
  guide: 'Guide page',
  admin: 'Administration',
} as const
