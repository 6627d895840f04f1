// The one page that runs script: it follows the editor's typing in the admin's live
// preview. Every public page stays script-free (src/routes/+layout.ts).
export const csr = true
