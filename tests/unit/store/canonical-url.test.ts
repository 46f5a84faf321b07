import { describe, expect, it } from 'vitest';
import { isJobPage } from '../../../extension/sites/hosts';
import { canonicalizeUrl } from '../../../extension/store/canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    [
      'https://www.linkedin.com/jobs/view/4012345678/?trk=public_jobs_topcard&refId=abc%3D%3D&trackingId=xyz',
      'https://www.linkedin.com/jobs/view/4012345678/',
    ],
    [
      'https://uk.indeed.com/viewjob?from=serp&jk=a1b2&tk=1h2&vjs=3',
      'https://uk.indeed.com/viewjob?jk=a1b2&vjs=3',
    ],
    ['https://jobs.example.com/a?utm_source=x&utm_medium=y&id=9#apply', 'https://jobs.example.com/a?id=9'],
    ['https://jobs.example.com/a?b=2&a=1', 'https://jobs.example.com/a?a=1&b=2'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });
});

describe('isJobPage', () => {
  it.each([
    ['https://www.linkedin.com/jobs/view/4012345678/', true],
    ['https://www.linkedin.com/jobs/search/?currentJobId=1', true],
    ['https://es.linkedin.com/jobs/view/x-1', true],
    ['https://www.linkedin.com/feed/', false],
    ['https://www.linkedin.com/messaging/thread/1/', false],
    ['https://www.linkedin.com/in/someone/', false],
    ['https://www.linkedin.com/jobsearch-tips/', false],
    ['https://uk.indeed.com/viewjob?jk=1', true],
  ])('%s → %s', (url, expected) => {
    expect(isJobPage(new URL(url))).toBe(expected);
  });
});
