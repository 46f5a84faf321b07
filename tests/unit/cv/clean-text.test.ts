import { describe, expect, it } from 'vitest';
import { cleanCvText } from '../../../extension/cv/clean-text';

describe('cleanCvText', () => {
  it.each([
    ['E X P E R I E N C E', 'EXPERIENCE'],
    ['F O R M A C I Ó N   A C A D É M I C A', 'FORMACIÓN ACADÉMICA'],
    ['Oﬃce and ﬁnance', 'Office and finance'],
    ['manage-\nment of teams', 'management\nof teams'],
    ['desa-\nrrollo web', 'desarrollo\nweb'],
    ['Python\tSQL\t\tDocker', 'Python SQL Docker'],
    ['a\u00a0b\u200bc', 'a bc'],
    ['one\n\n\n\ntwo\n\n', 'one\n\ntwo'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanCvText(raw)).toBe(clean);
  });

  it('keeps a hyphen before a capital or a number on the next line', () => {
    expect(cleanCvText('Full-\nStack')).toBe('Full-\nStack');
  });
});
