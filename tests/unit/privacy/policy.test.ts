import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { privacyPolicy } from '../../../extension/privacy/policy';
import { renderPolicy } from '../../../extension/privacy/render';

const context = { contactEmail: 'privacy@example.org', backendOrigin: 'https://api.example.org' };

describe('privacy policy', () => {
  it('says the same things in English and Spanish', () => {
    const en = privacyPolicy('en', context);
    const es = privacyPolicy('es', context);
    expect(es.sections.map((s) => s.paragraphs.length)).toEqual(en.sections.map((s) => s.paragraphs.length));
    expect(es.title).not.toBe(en.title);
  });

  it.each([
    ['en', '3,000', '1,500'],
    ['es', '3.000', '1.500'],
  ] as const)(
    '%s: gives the Pro limits from shared/limits, the backend and the build-time contact',
    (lang, cv, job) => {
      const text = JSON.stringify(privacyPolicy(lang, context));
      expect(text).toContain(`${cv} `);
      expect(text).toContain(`${job} `);
      expect(text).toContain('https://api.example.org');
      expect(text).toContain('privacy@example.org');
      for (const service of ['Stripe', 'Anthropic', 'Vercel']) expect(text).toContain(service);
    },
  );

  it('says when a build has no contact address instead of inventing one', () => {
    const contact = privacyPolicy('en', { ...context, contactEmail: '' }).sections.at(-1);
    expect(contact?.paragraphs).toEqual(['This build has no contact address configured.']);
  });

  it('renders as text: markup in a sentence stays text', () => {
    const { document } = parseHTML('<main></main>');
    const root = document.querySelector('main') as unknown as Element;
    renderPolicy(root, privacyPolicy('en', { ...context, contactEmail: '<b>x</b>@example.org' }));
    expect(root.querySelectorAll('h2').length).toBe(privacyPolicy('en', context).sections.length);
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<b>x</b>@example.org');
  });
});
