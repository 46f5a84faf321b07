import { describe, expect, it } from 'vitest';
import { readPaneJob } from '../../../extension/capture/pane';
import { currentJobRef } from '../../../extension/sites/extract';
import { loadFixture } from '../sites/load-fixture';

/** The badge's pane read (capture-pane.js), injected where the URL names no job. */
describe('the pane read', () => {
  it.each([
    ['indeed/search-us-no-vjk-captcha.html', 'https://www.indeed.com/jobs?q=warehouse', '3c4d5e6f7a8b9c0d'],
    [
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/?keywords=ml',
      '4034567890',
    ],
    [
      'glassdoor/search-es-pane.html',
      'https://www.glassdoor.es/Empleo/madrid-desarrollador-empleos-SRCH_IL.0,6_IC2664239_KO7,20.htm',
      '1009202020202',
    ],
  ])('%s: names the job open in the pane, as the adapter does', (file, href, id) => {
    const doc = loadFixture(file);
    const read = readPaneJob(doc, href);
    expect(read).toEqual({ href, job: currentJobRef(doc, new URL(href)) ?? null });
    expect(read.job?.boardJobId).toBe(id);
  });

  it('reads nothing off the job pages, off the boards, or from a URL that does not parse', () => {
    const doc = loadFixture('linkedin/pane-search-easy-apply.html');
    for (const href of ['https://www.linkedin.com/feed/', 'https://ryecrumb.example/jobs/x', 'nonsense']) {
      expect(readPaneJob(doc, href)).toEqual({ href, job: null });
    }
  });
});
