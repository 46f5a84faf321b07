import { describe, expect, it } from 'vitest';
import {
  buildSkillIndex,
  findSkills,
  skillIndex,
  skillLabel,
  stemText,
} from '../../../extension/match/skills';

const idsIn = (text: string) => {
  const index = skillIndex();
  return [...new Set(findSkills(stemText(text)).map((hit) => index.skills[hit.skill]?.id))];
};

describe('the vocabulary', () => {
  it('compiles with no alias claimed by two skills', () => {
    const index = buildSkillIndex();
    expect(index.collisions).toEqual([]);
    expect(index.skills.length).toBeGreaterThan(300);
    expect(new Set(index.skills.map((skill) => skill.id)).size).toBe(index.skills.length);
  });

  it('covers trades beyond software', () => {
    const categories = new Set(skillIndex().skills.map((skill) => skill.category));
    for (const category of ['health', 'sales', 'finance', 'logistics', 'hospitality', 'construction']) {
      expect(categories).toContain(category);
    }
  });
});

describe('synonym matching', () => {
  it.each([
    ['Deployed on k8s', 'kubernetes'],
    ['5 years of JS', 'javascript'],
    ['Experiencia en aprendizaje automático', 'machine-learning'],
    ['machine learning models in production', 'machine-learning'],
    ['Golang microservices', 'go-language'],
    ['Enfermera colegiada', 'nursing'],
    ['Registered Nurse (RN)', 'nursing'],
    ['Carnet de carretillero', 'forklift'],
    ['counterbalance forklift licence', 'forklift'],
    ['Cierres contables mensuales', 'month-end-close'],
    ['month-end close', 'month-end-close'],
    ['Atención al cliente', 'customer-service'],
    ['customer service', 'customer-service'],
    ['Gestión de inventarios', 'inventory-management'],
    ['Prevención de riesgos laborales (PRL)', 'health-and-safety'],
    ['APPCC y manipulador de alimentos', 'haccp'],
    ['C# and .NET Core', 'csharp'],
    ['Lectura de planos', 'blueprint-reading'],
  ])('%s → %s', (text, id) => {
    expect(idsIn(text)).toContain(id);
  });

  it('prefers the longest phrase: "machine learning" is not just "learning", "SQL Server" is not just SQL', () => {
    expect(idsIn('SQL Server reports')).toEqual(['sql-server']);
    expect(idsIn('Java and JavaScript')).toEqual(['java', 'javascript']);
  });

  it('does not read skills into ordinary words', () => {
    expect(idsIn('We go the extra mile; please express interest by Friday; looking for you')).toEqual([]);
  });

  it('records the line each skill is on', () => {
    const text = stemText('Summary\nPython and SQL\nKubernetes');
    const lines = findSkills(text).map((hit) => text.lines[hit.line]);
    expect(lines).toEqual(['Python and SQL', 'Python and SQL', 'Kubernetes']);
  });
});

describe('skill labels', () => {
  it('has Spanish labels only for real skills, and falls back to English', async () => {
    const { SPANISH_LABELS } = await import('../../../extension/match/vocabulary/labels-es');
    const ids = new Set(skillIndex().skills.map((skill) => skill.id));
    expect(Object.keys(SPANISH_LABELS).filter((id) => !ids.has(id))).toEqual([]);
    expect(skillLabel('nursing', 'es')).toBe('Enfermería');
    expect(skillLabel('nursing', 'en')).toBe('Nursing');
    expect(skillLabel('kubernetes', 'es')).toBe('Kubernetes');
    expect(skillLabel('nope', 'es')).toBeUndefined();
  });
});
