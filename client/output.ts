// Long output written a chunk at a time, waiting whenever the terminal or pipe is full, so
// a listing of 100,000 cases is never one string in memory.
const CHUNK_LINES = 500;

function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (out.write(text)) resolve();
    else out.once('drain', resolve);
  });
}

export async function writeLines(
  lines: Iterable<string>,
  out: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  let chunk: string[] = [];
  for (const line of lines) {
    chunk.push(line);
    if (chunk.length === CHUNK_LINES) {
      await write(out, `${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length > 0) await write(out, `${chunk.join('\n')}\n`);
}
