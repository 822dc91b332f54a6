import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportControl } from './runningExports';

/**
 * Writes text to a stream in chunks of about 64 KiB (one write per row would cost a syscall and,
 * on HTTP, a chunk header each). When the stream's buffer is full it waits for 'drain', so a slow
 * client slows the reading from Neo4j instead of piling rows up in memory. Throws once the export
 * has ended (the client went away or stalled, the service is stopping), which ends the Neo4j read that is feeding it.
 */
export class ChunkedOutput {
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(
    private readonly out: Writable,
    private readonly control: ExportControl,
    private readonly chunkLength = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= this.chunkLength) await this.flush();
  }

  async flush(): Promise<void> {
    this.control.signal.throwIfAborted();
    if (this.pendingLength === 0) return;
    const chunk = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (!this.out.write(chunk)) await this.control.whileClientReads(once(this.out, 'drain', { signal: this.control.signal }));
  }
}
