/** Where a release stands: planned (editing), scheduled (a time is set), published, failed (rolled back). */
export const RELEASE_STATES = ['planned', 'scheduled', 'published', 'failed'] as const
export type ReleaseState = (typeof RELEASE_STATES)[number]
