import { describe, expect, it } from 'vitest';
import { type CaptureRun, createApplyClick } from '../../../extension/capture/loader';
import { loadFixture } from '../sites/load-fixture';

const PANE = 'https://www.linkedin.com/jobs/search/?currentJobId=4034567890';

/** The click check (capture-click.js) with a fake world: what loads, and what is applied. */
function harness(file = 'linkedin/pane-search-easy-apply.html', valid = true) {
  const doc = loadFixture(file);
  const state = { loads: 0, applied: [] as Element[] };
  const run: CaptureRun = { apply: (control) => state.applied.push(control) };
  const check = createApplyClick({
    load: async () => {
      state.loads++;
      return run;
    },
    isValid: () => valid,
  });
  /** What the content script hands over on a person's click: the element and the URL then. */
  const click = async (selector: string, href = PANE) => {
    const target = doc.querySelector(selector);
    if (!target) throw new Error(`no ${selector}`);
    check(target, href);
    await new Promise((done) => setTimeout(done, 0));
  };
  return { doc, state, check, click };
}

describe('the click check loaded on a click on a board page', () => {
  it('loads nothing on clicks that are not an Apply', async () => {
    const page = harness();
    await page.click('.jobs-search-results-list');
    page.check(null, PANE);
    await new Promise((done) => setTimeout(done, 0));
    expect(page.state.loads).toBe(0);
  });

  it('loads the capture code on the first Apply only, and applies each Apply', async () => {
    const page = harness();
    await page.click('#jobs-apply-button-id svg');
    await page.click('#jobs-apply-button-id');
    expect(page.state.loads).toBe(1);
    expect(page.state.applied.map((control) => control.id)).toEqual([
      'jobs-apply-button-id',
      'jobs-apply-button-id',
    ]);
  });

  it('judges the click by the URL it happened at: never on LinkedIn off /jobs, nor off the boards', async () => {
    const page = harness();
    await page.click('#jobs-apply-button-id', 'https://www.linkedin.com/feed/');
    await page.click('#jobs-apply-button-id', 'https://www.linkedin.com.evil.example/jobs/view/4034567890/');
    await page.click('#jobs-apply-button-id', 'not a url');
    expect(page.state.loads).toBe(0);
    await page.click('#jobs-apply-button-id', 'https://www.linkedin.com/jobs/view/4034567890/');
    expect(page.state.applied).toHaveLength(1);
  });

  it('still recognises an Apply the site took out of the page as the click went through', async () => {
    const page = harness();
    const target = page.doc.querySelector('#jobs-apply-button-id span');
    page.doc.querySelector('#jobs-apply-button-id')?.remove();
    page.check(target, PANE);
    await new Promise((done) => setTimeout(done, 0));
    expect(page.state.applied.map((control) => control.id)).toEqual(['jobs-apply-button-id']);
  });

  it('does nothing once the extension is gone from under the page (orphaned script)', async () => {
    const page = harness(undefined, false);
    await page.click('#jobs-apply-button-id');
    expect(page.state.loads).toBe(0);
    expect(page.state.applied).toEqual([]);
  });
});
