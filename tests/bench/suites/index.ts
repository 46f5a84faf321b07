import type { BenchRow } from '../report';
import { storageSuite } from './storage';

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Every suite, in the order the table shows them. */
export const suites: BenchSuite[] = [storageSuite];
