/* /api itself serves nothing (the [...slug] route needs a segment): without this file Next
   answered with its HTML 404 page. */
import { problem, problemResponse } from '@/api/requestChecks/problem'

const nothingHere = async () =>
  problemResponse(problem(404, 'path', 'no endpoint at /api; see /api/docs'))

export const GET = nothingHere
export const POST = nothingHere
export const PUT = nothingHere
export const PATCH = nothingHere
export const DELETE = nothingHere
export const OPTIONS = nothingHere
