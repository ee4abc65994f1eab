/** A map bounded by the total cost of what it holds, least recently used out first. */
export interface LruMap<K, V> {
  /** The value, now the most recently used; undefined when not held. */
  get(key: K): V | undefined;
  /** Holds the value (replacing the key's old one), then evicts the least recently used until within budget. */
  set(key: K, value: V): void;
  /** The total cost held, at most `maxCost`. */
  readonly cost: number;
  readonly size: number;
}

export interface LruMapOptions<V> {
  maxCost: number;
  /** What one value costs against `maxCost`; 1 each by default (a count). A value dearer than `maxCost` is not kept. */
  costOf?: (value: V) => number;
}

/** An LruMap on a Map, which iterates in insertion order: re-inserting on use keeps the least recently used first. */
export function createLruMap<K, V>({ maxCost, costOf = () => 1 }: LruMapOptions<V>): LruMap<K, V> {
  const entries = new Map<K, V>();
  let cost = 0;
  const remove = (key: K) => {
    if (!entries.has(key)) return;
    cost -= costOf(entries.get(key) as V);
    entries.delete(key);
  };
  return {
    get(key) {
      if (!entries.has(key)) return undefined;
      const value = entries.get(key) as V;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      remove(key);
      if (costOf(value) > maxCost) return;
      entries.set(key, value);
      cost += costOf(value);
      for (const oldest of entries.keys()) {
        if (cost <= maxCost) break;
        remove(oldest);
      }
    },
    get cost() {
      return cost;
    },
    get size() {
      return entries.size;
    },
  };
}
