/**
 * The single write queue. Every read-modify-write of chrome.storage.local runs here, one
 * at a time, so captures arriving from many tabs at once can never overwrite each other.
 * A failed task rejects its own caller and does not stop the queue.
 */
export interface WriteQueue {
  run<T>(task: () => Promise<T>): Promise<T>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      const result = tail.then(task);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}
