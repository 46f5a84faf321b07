import { describe, expect, it } from 'vitest';
import {
  foldText,
  keepAcronyms,
  STOPWORDS,
  stem,
  stemPhrase,
  surfaceOf,
  words,
} from '../../../extension/match/text';

describe('foldText and words', () => {
  it.each([
    ['Enfermería en UCI', ['enfermeria', 'en', 'uci']],
    ['Oﬁcina ﬂexible', ['oficina', 'flexible']],
    ['C++, C# and .NET', ['cplusplus', 'csharp', 'and', 'dotnet']],
    ['Node.js / Vue.js', ['nodejs', 'vuejs']],
    ['CI/CD, P&L, A/B tests', ['cicd', 'pnl', 'ab', 'tests']],
    ['AÑOS de EXPERIENCIA', ['anos', 'de', 'experiencia']],
  ])('%s → %j', (text, expected) => {
    expect(words(foldText(text))).toEqual(expected);
  });

  it('never adds or removes a line break', () => {
    const text = 'CI/CD\nC++\r\nNode.js\n\nﬁn';
    expect(foldText(text).split('\n')).toHaveLength(text.split('\n').length);
  });
});

describe('keepAcronyms: acronyms written in capitals survive folding (EN and ES)', () => {
  const content = (text: string) =>
    words(foldText(keepAcronyms(text))).filter((word) => !STOPWORDS.has(word));
  it.each([
    ['IT Project Manager', ['infotech', 'project', 'manager']],
    ['Jefe de proyecto TI', ['jefe', 'proyecto', 'infotech']],
    ['Técnico TIC / ICT technician', ['tecnico', 'infotech', 'infotech', 'technician']],
    ['A&E Staff Nurse', ['ane', 'staff', 'nurse']],
    ['Técnico de RR.HH.', ['tecnico', 'rrhh']],
    [
      'HR, QA, UX/UI, HSE, ICU, SEO, BI, ERP, PR, RRHH, PRL',
      ['hr', 'qa', 'ux', 'ui', 'hse', 'icu', 'seo', 'bi', 'erp', 'pr', 'rrhh', 'prl'],
    ],
    ['Clients in the US and the UK', ['clients', 'usacr', 'uk']],
    ['HEAD OF IT', ['head', 'infotech']],
  ])('%s → %j', (text, expected) => {
    expect(content(text)).toEqual(expected);
  });

  it('leaves lower-case words and shouted sentences alone: "it" and "para ti" stay function words', () => {
    expect(content('Make it happen; esta oferta es para ti')).toEqual(['make', 'happen', 'oferta', 'ti']);
    expect(content('WE WILL MAKE IT HAPPEN FOR ALL OF OUR CLIENTS')).not.toContain('infotech');
  });

  it('shows a shared acronym as it was written, and never adds or removes a line break', () => {
    expect(surfaceOf('infotech')).toBe('IT');
    expect(surfaceOf('ane')).toBe('A&E');
    expect(surfaceOf('usacr')).toBe('US');
    expect(surfaceOf('nurse')).toBe('nurse');
    const text = 'IT\nRR.HH.\r\nA&E\n\nUS';
    expect(keepAcronyms(text).split('\n')).toHaveLength(text.split('\n').length);
  });
});

describe('stem', () => {
  it.each([
    [['manage', 'managed', 'managing', 'manager', 'management']],
    [['develop', 'developer', 'developers', 'development']],
    [['nurse', 'nurses', 'nursing']],
    [['enfermera', 'enfermero', 'enfermeras']],
    [['habilidad', 'habilidades']],
    [['gestión', 'gestiones']],
    [['technology', 'technologies']],
    [['logistics', 'logística']],
    [['venta', 'ventas']],
  ])('groups the word forms %j', (forms) => {
    const stems = new Set(forms.map((form) => stemPhrase(form).join(' ')));
    expect(stems.size).toBe(1);
  });

  it('keeps short words, numbers and brand names that would collide', () => {
    expect(stem('aws')).toBe('aws');
    expect(stem('s3')).toBe('s3');
    expect(stem('looker')).not.toBe(stem('looking'));
    expect(stem('accounting')).not.toBe(stem('account'));
  });
});
