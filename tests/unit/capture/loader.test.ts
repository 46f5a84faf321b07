import { describe, expect, it } from 'vitest';
import {
  type CaptureRun,
  type LoaderEnv,
  startCaptureLoader,
  type TabJob,
} from '../../../extension/capture/loader';
import { loadFixture } from '../sites/load-fixture';

/** The board pages' loader with a fake world: what loads, when, and what it sends. */
function harness(file: string, href: string, pageJob?: TabJob) {
  const doc = loadFixture(file);
  const state = { href, loads: 0, applied: [] as Element[], sent: [] as unknown[] };
  const idle: (() => void)[] = [];
  const navigations: (() => void)[] = [];
  const run: CaptureRun = {
    apply: (control) => state.applied.push(control),
    currentJob: () => pageJob,
  };
  const env: LoaderEnv = {
    doc,
    href: () => state.href,
    load: async () => {
      state.loads++;
      return run;
    },
    send: (async (type: string, payload?: object) => {
      state.sent.push({ type, ...payload });
      return { ok: true, value: { tracked: false } };
    }) as LoaderEnv['send'],
    isValid: () => true,
    idle: (callback) => idle.push(callback),
    onNavigate: (callback) => navigations.push(callback),
  };
  startCaptureLoader(env);
  const flush = async () => {
    while (idle.length) idle.shift()?.();
    await new Promise((done) => setTimeout(done, 0));
  };
  /** A click; `trusted` as a person's (the browser sets isTrusted), else a script's. */
  const click = async (selector: string, trusted = true) => {
    const target = doc.querySelector(selector);
    if (!target) throw new Error(`no ${selector}`);
    const event = new (doc.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { value: trusted });
    target.dispatchEvent(event);
    await new Promise((done) => setTimeout(done, 0));
  };
  const navigate = async (next: string) => {
    state.href = next;
    for (const callback of navigations) callback();
    await flush();
  };
  return { state, flush, click, navigate, idle };
}

describe('the loader on board pages', () => {
  it('loads nothing up front and nothing on clicks that are not an Apply', async () => {
    const page = harness(
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4034567890',
    );
    expect(page.state.loads).toBe(0);
    await page.click('.jobs-search-results-list');
    expect(page.state.loads).toBe(0);
  });

  it('loads the capture code on the first Apply click only, and applies each click', async () => {
    const page = harness(
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4034567890',
    );
    await page.click('#jobs-apply-button-id svg');
    await page.click('#jobs-apply-button-id');
    expect(page.state.loads).toBe(1);
    expect(page.state.applied.map((control) => control.id)).toEqual([
      'jobs-apply-button-id',
      'jobs-apply-button-id',
    ]);
  });

  it("ignores a page script's click on an Apply (not trusted)", async () => {
    const page = harness(
      'linkedin/pane-search-easy-apply.html',
      'https://www.linkedin.com/jobs/search/?currentJobId=4034567890',
    );
    await page.click('#jobs-apply-button-id', false);
    expect(page.state.loads).toBe(0);
    expect(page.state.applied).toEqual([]);
  });

  it('sends nothing and queues no idle work when the URL names the job (the background sets the badge)', async () => {
    const page = harness(
      'indeed/search-us-vjk-indeed-apply.html',
      'https://www.indeed.com/jobs?q=nurse&vjk=7777AAAA8888BBBB',
    );
    expect(page.idle).toHaveLength(0);
    await page.flush();
    expect(page.state.sent).toEqual([]);
    expect(page.state.loads).toBe(0);
  });

  it('reads the pane at idle time when the URL names no job', async () => {
    const job: TabJob = {
      board: 'indeed',
      boardJobId: '3c4d5e6f7a8b9c0d',
      url: 'https://www.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d',
    };
    const page = harness(
      'indeed/search-us-no-vjk-captcha.html',
      'https://www.indeed.com/jobs?q=warehouse',
      job,
    );
    await page.flush();
    expect(page.state.loads).toBe(1);
    expect(page.state.sent).toEqual([{ type: 'tab-job', job }]);
  });

  it('sends no stale pane read when the URL moved on to a named job while the code loaded', async () => {
    const page = harness('indeed/search-us-no-vjk-captcha.html', 'https://www.indeed.com/jobs?q=warehouse', {
      board: 'indeed',
      boardJobId: '3c4d5e6f7a8b9c0d',
      url: 'https://www.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d',
    });
    // The idle read starts; before the capture code has loaded, the pane's URL gains vjk.
    page.idle.shift()?.();
    page.state.href = 'https://www.indeed.com/jobs?q=warehouse&vjk=0a1b2c3d4e5f6789';
    await page.flush();
    expect(page.state.loads).toBe(1);
    expect(page.state.sent).toEqual([]);
  });

  it('follows in-page navigation: reads the pane only where the URL names no job', async () => {
    const job: TabJob = {
      board: 'linkedin',
      boardJobId: '4034567890',
      url: 'https://www.linkedin.com/jobs/view/4034567890/',
    };
    const page = harness('linkedin/pane-search-easy-apply.html', 'https://www.linkedin.com/feed/', job);
    await page.flush();
    expect(page.state.sent).toEqual([]);
    await page.navigate('https://www.linkedin.com/jobs/view/4056789012/');
    expect(page.state.sent).toEqual([]);
    expect(page.state.loads).toBe(0);
    await page.navigate('https://www.linkedin.com/jobs/search/?keywords=nurse');
    expect(page.state.sent).toEqual([{ type: 'tab-job', job }]);
    expect(page.state.loads).toBe(1);
    await page.navigate('https://www.linkedin.com/feed/');
    await page.click('#jobs-apply-button-id');
    expect(page.state.applied).toEqual([]);
    expect(page.state.sent).toHaveLength(1);
  });
});
