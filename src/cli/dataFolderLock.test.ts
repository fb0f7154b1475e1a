import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataFolderLock, DataFolderInUse } from './dataFolderLock.ts';

const ownerOf = (lockFile: string) => Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
/** A process id that surely ran and surely ended: a child that exited. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('the data folder lock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'rondom-lock-')); lockFile = join(dir, 'rondom.lock'); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder and the lock file with this process id, and removes it on release', () => {
    const nested = join(dir, 'new-folder', 'rondom.lock');
    const lock = acquireDataFolderLock(nested);
    expect(ownerOf(nested)).toBe(process.pid);
    lock.release();
    expect(existsSync(nested)).toBe(false);
  });

  it('refuses while another running process holds the folder, naming that process and what to do', () => {
    const other = process.ppid; // alive for as long as this test runs
    writeFileSync(lockFile, `${other}\n`);
    let refusal: unknown;
    try { acquireDataFolderLock(lockFile); } catch (error) { refusal = error; }
    expect(refusal).toBeInstanceOf(DataFolderInUse);
    expect((refusal as Error).message).toContain(`Rondom is already running on this data folder (process ${other}). Stop it first (Ctrl+C), then run this command again.`);
    expect(ownerOf(lockFile)).toBe(other);
  });

  it('takes over a lock left by a process that was killed', () => {
    writeFileSync(lockFile, `${endedPid()}\n`);
    const lock = acquireDataFolderLock(lockFile);
    expect(ownerOf(lockFile)).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock that names this very process, as a restarted container reuses pid 1', () => {
    writeFileSync(lockFile, `${process.pid}\n`);
    const lock = acquireDataFolderLock(lockFile);
    expect(ownerOf(lockFile)).toBe(process.pid);
    lock.release();
  });

  it.skipIf(!existsSync('/proc/self/stat'))('takes over a lock whose process id now belongs to a process started later', () => {
    writeFileSync(lockFile, `${process.ppid}\n1\n`); // same id, but not the process that started at tick 1
    const lock = acquireDataFolderLock(lockFile);
    expect(ownerOf(lockFile)).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock file without a process id (a process killed while writing it)', () => {
    writeFileSync(lockFile, '');
    const lock = acquireDataFolderLock(lockFile);
    expect(ownerOf(lockFile)).toBe(process.pid);
    lock.release();
  });

  it('leaves alone, on release, a lock that another process has taken over meanwhile', () => {
    const lock = acquireDataFolderLock(lockFile);
    writeFileSync(lockFile, `${process.ppid}\n`);
    lock.release();
    expect(ownerOf(lockFile)).toBe(process.ppid);
  });
});
