/**
 * A binary min-heap of (expiresAt, id), so the memory store can sweep in O(expired · log n)
 * instead of scanning every session. Entries go stale when a session is touched or removed;
 * the store checks each popped entry against its map and the heap is rebuilt when stale
 * entries outnumber live ones.
 */
export class ExpiryHeap {
  private times: number[] = [];
  private ids: string[] = [];

  get size(): number {
    return this.times.length;
  }

  push(expiresAt: number, id: string): void {
    this.times.push(expiresAt);
    this.ids.push(id);
    let i = this.times.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.times[parent]! <= this.times[i]!) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the earliest entry if it expires at or before `now`. */
  popExpired(now: number): { expiresAt: number; id: string } | undefined {
    if (this.times.length === 0 || this.times[0]! > now) return undefined;
    const top = { expiresAt: this.times[0]!, id: this.ids[0]! };
    const lastTime = this.times.pop()!;
    const lastId = this.ids.pop()!;
    if (this.times.length > 0) {
      this.times[0] = lastTime;
      this.ids[0] = lastId;
      this.siftDown(0);
    }
    return top;
  }

  clear(): void {
    this.times = [];
    this.ids = [];
  }

  private siftDown(i: number): void {
    const n = this.times.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < n && this.times[left]! < this.times[least]!) least = left;
      if (right < n && this.times[right]! < this.times[least]!) least = right;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(a: number, b: number): void {
    [this.times[a], this.times[b]] = [this.times[b]!, this.times[a]!];
    [this.ids[a], this.ids[b]] = [this.ids[b]!, this.ids[a]!];
  }
}
