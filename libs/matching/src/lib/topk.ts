// Keeps the best `capacity` items by (score desc, tie desc, order asc) in a binary min-heap of the
// worst. The tie is the strength of the evidence (see evidenceOf); the order, the id's rank.

export class TopK {
  private readonly scores: Float64Array;
  private readonly ties: Float64Array;
  private readonly orders: Int32Array;
  private readonly items: Int32Array;
  private size = 0;

  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.ties = new Float64Array(capacity);
    this.orders = new Int32Array(capacity);
    this.items = new Int32Array(capacity);
  }

  /** Slot a ranks below slot b. */
  private worse(a: number, b: number): boolean {
    return this.below(this.scores[a], this.ties[a], this.orders[a], b);
  }

  /** (score, tie, order) ranks below slot b. */
  private below(score: number, tie: number, order: number, b: number): boolean {
    const s = this.scores[b];
    if (score !== s) return score < s;
    const t = this.ties[b];
    return tie !== t ? tie < t : order > this.orders[b];
  }

  /** Would an item with this score, tie and order enter the heap? */
  admits(score: number, tie: number, order: number): boolean {
    if (this.size < this.capacity) return true;
    if (this.capacity === 0) return false;
    return !this.below(score, tie, order, 0); // orders are unique: never equal to the root
  }

  push(score: number, tie: number, order: number, item: number): void {
    if (!this.admits(score, tie, order)) return;
    if (this.size < this.capacity) {
      this.place(this.size, score, tie, order, item);
      this.siftUp(this.size++);
    } else {
      this.place(0, score, tie, order, item);
      this.siftDown(0);
    }
  }

  /** Items with their scores and ties, best first. */
  sorted(): { item: number; score: number; tie: number }[] {
    const idx = Array.from({ length: this.size }, (_, i) => i);
    idx.sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
    return idx.map((i) => ({ item: this.items[i], score: this.scores[i], tie: this.ties[i] }));
  }

  private place(at: number, score: number, tie: number, order: number, item: number): void {
    this.scores[at] = score;
    this.ties[at] = tie;
    this.orders[at] = order;
    this.items[at] = item;
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a];
    const t = this.ties[a];
    const o = this.orders[a];
    const it = this.items[a];
    this.place(a, this.scores[b], this.ties[b], this.orders[b], this.items[b]);
    this.place(b, s, t, o, it);
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
