import { describe, expect, it } from 'vitest';
import { requiredYears } from '../../../extension/match/experience';
import { classifyLines } from '../../../extension/match/sections';
import { foldText } from '../../../extension/match/text';

const classify = (text: string) => classifyLines(text.split('\n').map(foldText));

describe('requirement sections', () => {
  it.each([
    ['Requirements', 'required'],
    ['Must have:', 'required'],
    ['What you’ll need', 'required'],
    ['Requisitos mínimos', 'required'],
    ['REQUISITOS', 'required'],
    ['Nice to have', 'preferred'],
    ['Preferred qualifications', 'preferred'],
    ['Bonus points', 'preferred'],
    ['Se valorará:', 'preferred'],
    ['Deseable', 'preferred'],
    ['Requisitos deseables', 'preferred'],
    ['Responsibilities', 'duties'],
    ['Funciones', 'duties'],
    ['Ofrecemos', 'about'],
    ['Benefits', 'about'],
  ])('"%s" starts a %s section', (heading, kind) => {
    expect(classify(`${heading}\n- Python`)[1]).toBe(kind);
  });

  it('does not take a requirement line for a heading', () => {
    expect(classify('Nice to have\nExperience with Docker\n- Kafka')).toEqual([
      'preferred',
      'preferred',
      'preferred',
    ]);
  });

  it('reads a heading with its first items on the same line', () => {
    expect(classify('Requirements: Python, SQL\nNice to have: Go')).toEqual(['required', 'preferred']);
  });

  it('lets an inline marker override the section for one line', () => {
    expect(classify('Requirements\n- Python\n- Docker is a plus\n- SQL')).toEqual([
      'required',
      'required',
      'preferred',
      'required',
    ]);
  });

  it('treats text before any heading as duties', () => {
    expect(classify('We build logistics software.\nYou must know SQL.')).toEqual(['duties', 'required']);
  });
});

describe('years of experience a job asks for', () => {
  it.each([
    ['5+ years of experience with Python', 5],
    ['At least 3 years in a similar role', 3],
    ['3-5 years of professional experience', 3],
    ['Al menos 3 años de experiencia', 3],
    ['Experiencia mínima de 2 años en geriatría', 2],
    ['two years of experience in retail', 2],
    ['Mínimo cinco años como jefe de obra', 5],
  ])('%s → %i', (line, years) => {
    expect(requiredYears([foldText(line)])).toBe(years);
  });

  it.each([
    'We have 20 years of experience in the market',
    'Contrato de 2 años',
    'Experience with Kubernetes',
  ])('ignores "%s"', (line) => {
    expect(requiredYears([foldText(line)])).toBeUndefined();
  });
});
