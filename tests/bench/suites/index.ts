import { backendSuite } from '../backend';
import type { BenchRow } from '../report';
import { captureSuite } from './capture';
import { captureFieldsSuite } from './capture-fields';
import { cvPdfSuite } from './cv-pdf';
import { insightsSuite } from './insights';
import { matchSuite } from './match';
import { matchQualitySuite } from './match-quality';
import { popupSuite, trackerSuite } from './pages';
import { storageSuite } from './storage';

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Every suite, in the order the table shows them. */
export const suites: BenchSuite[] = [
  captureSuite,
  captureFieldsSuite,
  popupSuite,
  trackerSuite,
  insightsSuite,
  matchSuite,
  matchQualitySuite,
  cvPdfSuite,
  storageSuite,
  backendSuite,
];
