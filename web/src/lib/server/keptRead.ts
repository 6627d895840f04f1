import type { Lru } from '@mlops-guide/server-runtime/lru'

/**
 * `read()`'s answer under `key`, read once while `kept` holds it, so that visitors asking for
 * the same old page at once share one read of the CMS. A failed read (the CMS restarting, a
 * 429) is not kept: the next visitor tries again.
 */
export function keptRead<T>(
  kept: Lru<Promise<T>>,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  let answer = kept.get(key)
  if (!answer) {
    answer = read()
    kept.set(key, answer)
    answer.catch(() => kept.delete(key))
  }
  return answer
}
