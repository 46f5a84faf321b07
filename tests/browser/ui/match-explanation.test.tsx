import { afterEach, describe, expect, it } from 'vitest';
import { matchSummary } from '../../../extension/i18n/match-summary';
import { scoreText } from '../../../extension/match';
import { MatchExplanation } from '../../../extension/ui/match-explanation';
import { mount } from './harness';

const asOf = new Date('2026-11-01T00:00:00Z');
const result = scoreText(
  'Ana Pérez\nBackend Engineer\nBackend developer, Acme (2019 – present)\n- Django services on PostgreSQL',
  {
    title: 'Backend Engineer',
    description: 'Requirements\n- 4+ years of Python and Django\n- PostgreSQL\nNice to have\n- Kubernetes',
  },
  { asOf },
);

let unmount = () => {};
afterEach(() => unmount());

describe('MatchExplanation', () => {
  it('shows the summary and the top shared terms of the score', () => {
    const mounted = mount(<MatchExplanation result={result} />);
    unmount = mounted.unmount;
    expect(mounted.host.textContent).toContain(matchSummary(result, 'en'));
    const terms = [...mounted.host.querySelectorAll('[data-testid="match-shared-terms"] li')].map(
      (li) => li.textContent,
    );
    expect(terms).toEqual(result.sharedTerms);
    expect(terms).toEqual(expect.arrayContaining(['django', 'postgresql']));
  });

  it('speaks Spanish in a Spanish UI', () => {
    const mounted = mount(<MatchExplanation result={result} />, { lang: 'es' });
    unmount = mounted.unmount;
    expect(mounted.host.textContent).toContain('Tu CV muestra 2 de 3 habilidades requeridas');
    expect(mounted.host.textContent).toContain('Palabras que tu CV comparte con la oferta');
    expect(mounted.host.textContent).not.toContain(matchSummary(result, 'en'));
  });
});
