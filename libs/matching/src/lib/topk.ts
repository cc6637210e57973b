// Keeps the best `capacity` items by (score desc, order asc) in a binary min-heap of the worst.

export class TopK {
  private readonly scores: Float64Array;
  private readonly orders: Int32Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.orders = new Int32Array(capacity);
    this.items = new Int32Array(capacity);
  }

  /** a ranks below b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a];
    const sb = this.scores[b];
    return sa < sb || (sa === sb && this.orders[a] > this.orders[b]);
  }

  /** Would an item with this score and order enter the heap? */
  admits(score: number, order: number): boolean {
    if (this.size < this.capacity) return true;
    if (this.capacity === 0) return false;
    const s = this.scores[0];
    return score > s || (score === s && order < this.orders[0]);
  }

  push(score: number, order: number, item: number): void {
    if (!this.admits(score, order)) return;
    if (this.size < this.capacity) {
      this.place(this.size, score, order, item);
      this.siftUp(this.size++);
    } else {
      this.place(0, score, order, item);
      this.siftDown(0);
    }
  }

  /** Items with their scores, best first. */
  sorted(): { item: number; score: number }[] {
    const idx = Array.from({ length: this.size }, (_, i) => i);
    idx.sort(
      (a, b) =>
        this.scores[b] - this.scores[a] || this.orders[a] - this.orders[b],
    );
    return idx.map((i) => ({ item: this.items[i], score: this.scores[i] }));
  }

  private place(at: number, score: number, order: number, item: number): void {
    this.scores[at] = score;
    this.orders[at] = order;
    this.items[at] = item;
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a];
    const o = this.orders[a];
    const it = this.items[a];
    this.place(a, this.scores[b], this.orders[b], this.items[b]);
    this.place(b, s, o, it);
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < this.size && this.worse(l, worst)) worst = l;
      if (r < this.size && this.worse(r, worst)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }
}
