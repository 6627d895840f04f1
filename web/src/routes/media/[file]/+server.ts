import { mediaFile } from '#lib/server/mediaFile.ts'
import type { RequestHandler } from './$types'

/** Uploaded images, fetched from the CMS (lib/server/mediaFile.ts). */
export const GET: RequestHandler = ({ params, request }) => mediaFile(params.file, request)
