// The guide reads completely without JavaScript: no hydration, no client bundle.
export const csr = false
