/** What one signed-in user asked for: never kept by a browser or a shared cache. */
const NO_STORE = { 'cache-control': 'private, no-store' }

export const privateAnswer = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: NO_STORE })

/** A refusal in the API's `{ errors }` envelope; `message` starts with the field it names. */
export const privateRefusal = (status: number, message: string) =>
  privateAnswer({ errors: [{ message }] }, status)
