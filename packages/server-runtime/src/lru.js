/**
 * A bounded least-recently-used map: a Map iterates in insertion order, so reinserting on
 * every read keeps the oldest read first. Written here rather than taken from lru-cache
 * because this package ships as plain files without dependencies into the site's image
 * (packages/stack/bin/image-files.mjs), and a bounded get and set is all the page cache needs.
 * @template V
 */
export class Lru {
  /** @param {number} maxEntries @param {number} maxBytes @param {(value: V) => number} sizeOf */
  constructor(maxEntries, maxBytes = Infinity, sizeOf = () => 0) {
    /** @type {Map<string, V>} */
    this.map = new Map()
    this.bytes = 0
    this.maxEntries = maxEntries
    this.maxBytes = maxBytes
    this.sizeOf = sizeOf
  }

  /** @param {string} key */
  get(key) {
    const value = this.map.get(key)
    if (value !== undefined) {
      this.map.delete(key)
      this.map.set(key, value)
    }
    return value
  }

  /** @param {string} key @param {V} value */
  set(key, value) {
    this.delete(key)
    this.map.set(key, value)
    this.bytes += this.sizeOf(value)
    for (const [oldest, old] of this.map) {
      if (this.map.size <= this.maxEntries && this.bytes <= this.maxBytes) break
      this.map.delete(oldest)
      this.bytes -= this.sizeOf(old)
    }
  }

  /** @param {string} key */
  delete(key) {
    const value = this.map.get(key)
    if (value === undefined) return
    this.map.delete(key)
    this.bytes -= this.sizeOf(value)
  }

  clear() {
    this.map.clear()
    this.bytes = 0
  }
}
