import { cache } from 'react'

import { findMismatches } from '../consistency'

/** One search per dashboard render, shared by its summary and its full list. */
export const cachedMismatches = cache(findMismatches)
