import { access, mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** The whole checkpoint file, or null when there is none. */
export async function readCheckpointFile(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A line is about 1 kB; the tail read holds several, and the whole file is read when it does not. */
const TAIL_BYTES = 16 * 1024;

/**
 * The last line of the file and whether the file ends with a newline (a write cut short by a crash does
 * not); null when the file is missing or empty.
 */
export async function readLastLine(path: string): Promise<{ text: string; terminated: boolean } | null> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await file.stat();
    if (size === 0) return null;
    for (let want = Math.min(size, TAIL_BYTES); ; want = Math.min(size, want * 4)) {
      const buffer = Buffer.alloc(want);
      await file.read(buffer, 0, want, size - want);
      const text = buffer.toString('utf8');
      const terminated = text.endsWith('\n');
      const body = terminated ? text.slice(0, -1) : text;
      const start = body.lastIndexOf('\n');
      if (start >= 0 || want === size) return { text: body.slice(start + 1), terminated };
    }
  } finally {
    await file.close();
  }
}

/**
 * Appends one line and forces it to disk before returning: a checkpoint that was reported published
 * survives a crash. Opened for appending only, so nothing earlier in the file can be overwritten.
 */
export async function appendCheckpointLine(path: string, text: string, options: { startOnNewLine: boolean }): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const created = !(await exists(path));
  const file = await open(path, 'a', 0o640);
  try {
    await file.write(`${options.startOnNewLine ? '\n' : ''}${text}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
  if (created) await syncDirectory(dirname(path));
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** A new file's name is only durable once its directory is synced (not possible on every platform). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try { await handle.sync(); } finally { await handle.close(); }
  } catch {
    // Windows cannot open a directory; the line itself is already synced.
  }
}
