import { describe, expect, it } from 'vitest';
import { foldText, stem, stemPhrase, words } from '../../../extension/match/text';

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
