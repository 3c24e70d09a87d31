// Ids this worker has seen the SMTP server accept, with who accepted them. Bounded, because
// a worker runs for months; the oldest entries go first, and by then Temporal's own
// heartbeat record has long covered any retry.
export class SentRecord {
  private readonly entries = new Map<string, string[]>();

  constructor(private readonly capacity = 10_000) {}

  get(messageId: string): string[] | undefined {
    return this.entries.get(messageId);
  }

  add(messageId: string, accepted: string[]): void {
    this.entries.delete(messageId);
    this.entries.set(messageId, accepted);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }
}
