import { describe, expect, it } from 'vitest';
import { readIndeedPaneKey } from '../../../extension/capture/pane-key';
import { indeedCurrentJob } from '../../../extension/sites/indeed';

/**
 * The badge's quick read of an Indeed pane's job key (capture-pane-key.js), in Chromium:
 * it asks the page with document.evaluate (XPath), which the unit tests' DOM lacks.
 */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const href = 'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH';

const page = (pane: string, head = '', cards = '') =>
  parse(`<!DOCTYPE html><html><head>${head}</head><body><ul>${cards}</ul>${pane}</body></html>`);
const embedded = (key: string) =>
  `<script>window._initialData={"autoOpenTwoPaneJobKey":"${key}","x":1};</script>`;
const pane = (inside = '') => `<div id="jobsearch-ViewjobPaneWrapper"><h2>Job</h2>${inside}</div>`;

describe('the quick pane read (Indeed, URL without vjk)', () => {
  it.each(['search-no-vjk-large.html', 'search-us-no-vjk-captcha.html'])(
    '%s: names the job the adapter names',
    async (file) => {
      // The test server serves the repository: the fixture pages as they are on disk.
      const doc = parse(await (await fetch(`/tests/fixtures/pages/indeed/${file}`)).text());
      const read = readIndeedPaneKey(doc, href);
      expect(read).toEqual({ href, key: '3c4d5e6f7a8b9c0d' });
      expect(read.key).toBe(indeedCurrentJob(doc, new URL(href))?.boardJobId);
    },
  );

  it("takes the pane's own key first: the nearest holder, else a non-link holder inside", () => {
    const around = parse(
      `<html><head>${embedded('aaaa1111bbbb2222')}</head><body><div data-jk="1111AAAA2222BBBB"><div data-jk="9999aaaa8888bbbb">${pane('<a data-jk="3333cccc4444dddd"></a>')}</div></div></body></html>`,
    );
    expect(readIndeedPaneKey(around, href).key).toBe('9999aaaa8888bbbb');
    const inside = page(
      pane('<a data-jk="3333cccc4444dddd"></a><div data-jk="5555eeee6666ffff"></div>'),
      embedded('aaaa1111bbbb2222'),
    );
    expect(readIndeedPaneKey(inside, href).key).toBe('5555eeee6666ffff');
    for (const doc of [around, inside]) {
      expect(readIndeedPaneKey(doc, href).key).toBe(indeedCurrentJob(doc, new URL(href))?.boardJobId);
    }
  });

  it('takes the auto-opened key of the embedded data in the head, in its escaped forms too', () => {
    const card =
      '<li class="vjs-highlight"><a id="job_aaaa1111bbbb2222" data-jk="aaaa1111bbbb2222"></a></li>';
    expect(readIndeedPaneKey(page(pane(), embedded('AAAA1111BBBB2222'), card), href).key).toBe(
      'aaaa1111bbbb2222',
    );
    const escaped = '<script>x=JSON.parse("{\\"autoOpenTwoPaneJobKey\\":\\"aaaa1111bbbb2222\\"}")</script>';
    expect(readIndeedPaneKey(page(pane(), escaped), href).key).toBe('aaaa1111bbbb2222');
  });

  it('leaves the rest to the full read: no pane, a holder without a valid key, no embedded key in the head', () => {
    const head = embedded('aaaa1111bbbb2222');
    const cases = [
      page('<div class="jobsearch-RightPane"></div>', head),
      page(pane('<div data-jk="not-a-key"></div>'), head),
      parse(`<html><head></head><body><div data-jk="">${pane()}</div></body></html>`),
      page(pane(), '', `<li>${head}</li>`),
      page(pane(), '<script>window._initialData={"autoOpenTwoPaneJobKey":"xyz"}</script>'),
    ];
    for (const doc of cases) expect(readIndeedPaneKey(doc, href)).toEqual({ href, key: null });
  });
});
