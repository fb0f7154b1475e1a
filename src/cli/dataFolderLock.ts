import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliRefusal } from './cliRefusal.ts';

/**
 * One process at a time on an embedded database: two PGlite instances on the same folder do not see each
 * other's writes and can corrupt it. The lock file holds the owner's process id (and, on Linux, when that
 * process started, so that a recycled process id is not mistaken for the owner).
 */
export interface DataFolderLock { release(): void }

export class DataFolderInUse extends CliRefusal {
  constructor(readonly pid: number, lockFile: string) {
    super(`Rondom is already running on this data folder (process ${pid}). Stop it first (Ctrl+C), then run this command again.\n`
      + `(If no Rondom process ${pid} is running, remove ${lockFile} and try again.)`);
  }
}

export function acquireDataFolderLock(lockFile: string): DataFolderLock {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    if (tryCreate(lockFile)) return holding(lockFile);
    const owner = settledOwner(lockFile);
    if (owner === 'gone') continue; // released between our attempt and the read
    if (owner !== 'unreadable' && isRunning(owner)) throw new DataFolderInUse(owner.pid, lockFile);
    // Left behind by a process that was killed (SIGKILL, power loss): take it over, one contender at a time.
    breakStaleLock(lockFile, owner);
  }
  throw new CliRefusal(`Could not take the lock ${lockFile}: other processes keep taking it. Try again.`);
}

function tryCreate(lockFile: string): boolean {
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx', 0o600); // 'wx': atomic, fails when the file exists
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n${processStart(process.pid) ?? ''}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function holding(lockFile: string): DataFolderLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    // Only our own lock: never remove one that another process has taken over meanwhile.
    const owner = readOwner(lockFile);
    if (owner !== 'gone' && owner !== 'unreadable' && owner.pid === process.pid) unlinkQuietly(lockFile);
  };
  process.on('exit', release); // also when the process ends without closing the database
  return { release };
}

interface Owner { pid: number; start: string | null }

function readOwner(lockFile: string): Owner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(lockFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw error;
  }
  const [pidLine, startLine] = text.split('\n');
  const pid = Number(pidLine);
  if (!Number.isSafeInteger(pid) || pid <= 0) return 'unreadable';
  return { pid, start: startLine?.trim() || null };
}

/** A process id equal to our own is stale too: a container restarted after a kill reuses pid 1. */
function isRunning(owner: Owner): boolean {
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: the process exists but belongs to another user; it may well hold the folder.
  }
  const start = processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
}

/** The process's start time in clock ticks since boot (Linux); null where /proc is not available. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count fields after its closing one.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Removes a stale lock while holding a short-lived guard file, so that two processes starting at once on a
 * stale lock cannot both remove it and then each believe they hold the new one.
 */
function breakStaleLock(lockFile: string, stale: Owner | 'unreadable') {
  const guard = `${lockFile}.takeover`;
  if (!tryCreate(guard)) {
    const other = settledOwner(guard);
    // A guard left by a process that died in the middle of a takeover is stale itself.
    if (other === 'unreadable' || (other !== 'gone' && !isRunning(other))) unlinkQuietly(guard);
    else waitBriefly();
    return;
  }
  try {
    if (sameOwner(readOwner(lockFile), stale)) unlinkQuietly(lockFile);
  } finally {
    unlinkQuietly(guard);
  }
}

const sameOwner = (a: Owner | 'gone' | 'unreadable', b: Owner | 'unreadable') =>
  a === 'unreadable' || b === 'unreadable' ? a === b : a !== 'gone' && a.pid === b.pid && a.start === b.start;

/** A file without a process id may be one being written this very moment: give it that moment. */
function settledOwner(file: string): Owner | 'gone' | 'unreadable' {
  const owner = readOwner(file);
  if (owner !== 'unreadable') return owner;
  waitBriefly();
  return readOwner(file);
}

function unlinkQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** The lock is taken once at start-up, synchronously; a short blocking pause there is harmless. */
function waitBriefly() {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}
