import { describe, expect, it } from 'vitest';
import { createWriteQueue } from '../../../extension/store/write-queue';

describe('createWriteQueue', () => {
  it('runs tasks one at a time, in the order they were queued', async () => {
    const queue = createWriteQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => () =>
      new Promise<string>((done) => {
        log.push(`start ${name}`);
        setTimeout(() => {
          log.push(`end ${name}`);
          done(name);
        }, ms);
      });
    const results = await Promise.all([
      queue.run(task('a', 15)),
      queue.run(task('b', 1)),
      queue.run(task('c', 5)),
    ]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('rejects only the failing task and keeps going', async () => {
    const queue = createWriteQueue();
    const failing = queue.run(async () => {
      throw new Error('disk full');
    });
    const next = queue.run(async () => 'still works');
    await expect(failing).rejects.toThrow('disk full');
    await expect(next).resolves.toBe('still works');
  });
});
