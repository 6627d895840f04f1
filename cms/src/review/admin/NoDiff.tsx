/** Renders nothing: see review/comparison.ts. */
export function NoDiff() {
  return null
}
