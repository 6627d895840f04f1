/**
 * A button's POST to one of the CMS's own endpoints from the admin, as the signed-in user:
 * the status and the sentence to show (the endpoint's `message`, or its first error's).
 */
export async function postAction(path: string): Promise<{ status: number; message: string }> {
  const res = await fetch(path, { method: 'POST', credentials: 'include' })
  const body = (await res.json().catch(() => ({}))) as {
    message?: string
    errors?: { message: string }[]
  }
  return {
    status: res.status,
    message: body.message ?? body.errors?.[0]?.message ?? `The CMS answered ${res.status}.`,
  }
}
