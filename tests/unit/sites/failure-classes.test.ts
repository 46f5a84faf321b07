import { describe, expect, it } from 'vitest';
import { isBotCheck, sectionText, splitDocumentTitle } from '../../../extension/sites/adapter';
import { adapterFor, extractListing } from '../../../extension/sites/extract';
import { elementText, firstText, htmlToText, readableText } from '../../../extension/sites/text';
import { loadFixture, parseDocument } from './load-fixture';

/**
 * One test per class of real page the first capture got wrong (job-pages notes, "What real
 * pages did that the first capture missed"), each on invented markup of that class.
 */
const read = (file: string, url: string) =>
  extractListing(loadFixture(file), new URL(url), { allowText: false });

describe('invisible captchas beside a complete job', () => {
  const url = 'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH';

  it('the job is read: captcha frames are not a bot wall when the job content is there', () => {
    const doc = loadFixture('indeed/search-us-no-vjk-captcha.html');
    // The page does carry the captcha markers the old check fired on.
    expect(isBotCheck(doc)).toBe(true);
    const result = extractListing(doc, new URL(url), { allowText: false });
    expect(result).toMatchObject({ kind: 'listing', draft: { title: 'Warehouse Systems Analyst' } });
  });

  it('the same frames with no job content are a bot wall: nothing stored', () => {
    const doc = loadFixture('indeed/search-us-no-vjk-captcha.html');
    doc.getElementById('jobsearch-ViewjobPaneWrapper')?.remove();
    doc.getElementById('mosaic-jobResults')?.remove();
    const result = extractListing(doc, new URL('https://www.indeed.com/viewjob?jk=3c4d5e6f7a8b9c0d'), {
      allowText: false,
    });
    expect(result).toEqual({ kind: 'nothing', reason: 'bot-check' });
  });
});

describe('one text helper for every field', () => {
  const doc = parseDocument(`<html><body>
    <a id="company">AceOne Technologies<style>.serp-page-1jtd2m7{inline-size:1.5rem;}</style><script>x=1</script><noscript>JS off</noscript><template><b>tpl</b></template><span hidden>hidden</span><span aria-hidden="true">aria</span><span style="display: none">none</span></a>
    <button id="pill"><span aria-hidden="true">Hybrid</span><span class="visually-hidden">Matches your job preferences, workplace type is Hybrid.</span></button>
    <div id="desc"><p>First<style>.a{b:c}</style> paragraph.</p><div aria-hidden="true">Ad</div><p style="display:none">Hidden</p><p>Second.</p></div>
  </body></html>`);

  it('skips style, script, noscript, template and hidden subtrees', () => {
    expect(elementText(doc.getElementById('company'))).toBe('AceOne Technologies');
    expect(firstText(doc, ['#company'])).toBe('AceOne Technologies');
  });

  it('reads the visible copy where the page hides it from screen readers only', () => {
    expect(elementText(doc.getElementById('pill'))).toBe('Hybrid');
  });

  it('keeps descriptions free of styles and hidden blocks', () => {
    expect(readableText(doc.getElementById('desc') as Element)).toBe('First paragraph.\n\nSecond.');
  });
});

describe('Indeed search without vjk', () => {
  it('takes the open job from the selected card, never a URL hash or the first card', () => {
    const result = read(
      'indeed/search-us-no-vjk-captcha.html',
      'https://www.indeed.com/jobs?q=warehouse+systems+analyst&l=Columbus%2C+OH',
    );
    expect(result).toMatchObject({ draft: { boardJobId: '3c4d5e6f7a8b9c0d' } });
  });

  it('falls back to autoOpenTwoPaneJobKey in the embedded data when no card is marked', () => {
    const doc = loadFixture('indeed/search-us-no-vjk-captcha.html');
    for (const card of doc.querySelectorAll('.vjs-highlight')) card.classList.remove('vjs-highlight');
    // Reorder so that the first card is another job: it must not be taken.
    const list = doc.querySelector('#mosaic-jobResults ul');
    const last = list?.lastElementChild;
    if (list && last) list.prepend(last);
    const url = new URL('https://www.indeed.com/jobs?q=warehouse+systems+analyst');
    expect(adapterFor(url)?.parseListing(doc, url)?.boardJobId).toBe('3c4d5e6f7a8b9c0d');
  });
});

describe('LinkedIn 2026 job page', () => {
  it('reads the title from the top card, not from a stale tab title', () => {
    const result = read(
      'linkedin/view-2026-external-stale-title.html',
      'https://www.linkedin.com/jobs/view/4092345678/',
    );
    expect(result).toMatchObject({
      draft: {
        title: 'Logistics Software Engineer',
        company: 'Harbor Lane Freight',
        fieldSources: { title: 'board' },
      },
    });
  });

  it.each([
    [
      'Site Reliability Engineer | Quartz Mobility | LinkedIn',
      'Site Reliability Engineer',
      'Quartz Mobility',
    ],
    ['(3) Ingeniera de Datos | Lumen Agro | LinkedIn', 'Ingeniera de Datos', 'Lumen Agro'],
    ['(12+) Data Lead at Nimbus Parcel | LinkedIn', 'Data Lead', 'Nimbus Parcel'],
    ['Backend Developer at Acme', 'Backend Developer', 'Acme'],
  ])('splits the tab title %j', (raw, title, company) => {
    expect(splitDocumentTitle(raw)).toEqual({ title, company });
  });

  it.each(['LinkedIn', 'Just a moment...', '(2) LinkedIn'])('finds no job in the tab title %j', (raw) => {
    expect(splitDocumentTitle(raw).title).toBeUndefined();
  });
});

describe('InfoJobs description under a "Descripción" heading', () => {
  it('is found by its heading, and the record says so', () => {
    const result = read(
      'infojobs/offer-descripcion-2026.html',
      'https://www.infojobs.net/valencia/tecnico-soporte-microinformatico/of-i5e6f7a8b9c0d4e1f2a3b4c5d6e7f8a9b',
    );
    expect(result.kind).toBe('listing');
    if (result.kind !== 'listing') return;
    expect(result.draft.fieldSources?.description).toBe('section');
    expect(result.draft.description).toMatch(/^En Turia Servicios Digitales buscamos/);
    // The next section (Requisitos) is not part of it.
    expect(result.draft.description).not.toContain('Estudios mínimos');
  });

  it('section by heading works in English too and stops at the next heading', () => {
    const doc = parseDocument(
      '<main><section><div><h2>About the job</h2></div><div>Build things.</div><p>Ship them.</p><h2>About the company</h2><p>We sell tea.</p></section></main>',
    );
    expect(sectionText(doc)).toBe('Build things.\n\nShip them.');
  });
});

describe('Tecnoempleo JSON-LD with the employer id', () => {
  it('keeps the offer key from the URL, not the JSON-LD identifier', () => {
    const result = read(
      'tecnoempleo/offer-jsonld.html',
      'https://www.tecnoempleo.com/ingeniero-devops-aws/aws-terraform/rf-0f9e8d7c6b5a49382716',
    );
    expect(result).toMatchObject({ draft: { boardJobId: '0f9e8d7c6b5a49382716' } });
    expect(JSON.stringify(result)).not.toContain('GC-2026-114');
  });
});

describe('an Apply on a job the adapter cannot read', () => {
  it('is kept incomplete with the board, job id, URL and a title from og:title', () => {
    const doc = parseDocument(`<html><head><title>Indeed</title>
      <meta property="og:title" content="Forklift Operator - Lakeside Depot | Indeed.com"></head>
      <body><div class="new-layout-2027"><div>Forklift Operator</div><button id="indeedApplyButton">Apply now</button></div></body></html>`);
    const result = extractListing(doc, new URL('https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b'), {
      allowText: false,
    });
    expect(result).toEqual({
      kind: 'listing',
      draft: {
        board: 'indeed',
        boardJobId: '0a1b2c3d4e5f6a7b',
        url: 'https://www.indeed.com/viewjob?jk=0a1b2c3d4e5f6a7b',
        // " - " is not split: job titles contain it ("Engineer - Backend").
        title: 'Forklift Operator - Lakeside Depot',
        source: 'board',
        fieldSources: { title: 'meta' },
        incomplete: ['company', 'description'],
      },
    });
  });

  it.each([
    ['linkedin/guest-closed.html', 'https://www.linkedin.com/jobs/view/4066666666/'],
    ['indeed/bot-check.html', 'https://www.indeed.com/viewjob?jk=5f3a2b1c9d8e7f60'],
    ['glassdoor/captcha.html', 'https://www.glassdoor.com/job-listing/x-JV_KO0,1.htm?jl=1009451230987'],
    ['infojobs/bot-check.html', 'https://www.infojobs.net/madrid/x/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8'],
    [
      'tecnoempleo/offer-closed.html',
      'https://www.tecnoempleo.com/analista-programador-net/net/rf-1234567890abcdef1234',
    ],
    ['linkedin/search-no-open-job.html', 'https://www.linkedin.com/jobs/search/?keywords=accountant'],
    ['tecnoempleo/list-page.html', 'https://www.tecnoempleo.com/ofertas-trabajo/?te=python'],
  ])('stores nothing on %s (bot wall, closed offer or list), even with a job id in the URL', (file, url) => {
    expect(read(file, url).kind).toBe('nothing');
  });
});

describe('board hosts', () => {
  it.each([
    'https://indeed.attacker.example/viewjob?jk=5f3a2b1c9d8e7f60',
    'https://www.indeed.com.attacker.example/viewjob?jk=5f3a2b1c9d8e7f60',
    'https://glassdoor.evil.io/job-listing/x?jl=1009451230987',
    'https://notlinkedin.com/jobs/view/4012345678/',
    'https://infojobs.net.evil.example/madrid/x/of-i3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8',
  ])('%s is no board', (url) => {
    expect(adapterFor(new URL(url))).toBeUndefined();
  });

  it.each([
    ['https://uk.indeed.com/viewjob?jk=1', 'indeed'],
    ['https://es.linkedin.com/jobs/view/1/', 'linkedin'],
    ['https://www.glassdoor.co.uk/Job/x', 'glassdoor'],
    ['https://www.infojobs.net/x/of-i1', 'infojobs'],
    ['https://www.tecnoempleo.com/x/rf-1', 'tecnoempleo'],
  ])('%s is %s', (url, board) => {
    expect(adapterFor(new URL(url))?.board).toBe(board);
  });
});

describe('description HTML from structured data', () => {
  it("is parsed in an inert document of its own, never with the page's document", () => {
    const page = parseDocument('<html><body><main>page</main></body></html>');
    const before = page.documentElement.outerHTML;
    // The page's document is used for nothing but to reach an inert one.
    const guarded = {
      implementation: page.implementation,
      defaultView: page.defaultView,
      createElement: () => {
        throw new Error('an element of the page document');
      },
    } as unknown as Document;
    const text = htmlToText(
      '<p>Bake <b>bread</b>.</p><img src=x onerror="alert(1)"><script>alert(2)</script>',
      guarded,
    );
    expect(text).toBe('Bake bread.');
    expect(page.documentElement.outerHTML).toBe(before);
  });
});
