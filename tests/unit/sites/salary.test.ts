import { describe, expect, it } from 'vitest';
import { parseSalary } from '../../../extension/sites/salary';

describe('parseSalary', () => {
  it.each([
    ['$300,000.00/yr - $425,000.00/yr', { min: 300000, max: 425000, currency: 'USD', period: 'year' }],
    ['$27.85 - $41.77 an hour', { min: 27.85, max: 41.77, currency: 'USD', period: 'hour' }],
    ['£40k - £45k (Employer provided)', { min: 40000, max: 45000, currency: 'GBP', period: 'year' }],
    ['42.000€ - 52.000€ Bruto/año', { min: 42000, max: 52000, currency: 'EUR', period: 'year' }],
    ['21.000€ - 30.000€ b/a', { min: 21000, max: 30000, currency: 'EUR', period: 'year' }],
    ['€3.000 - €3.500 al mes', { min: 3000, max: 3500, currency: 'EUR', period: 'month' }],
    ['From $20 an hour', { min: 20, currency: 'USD', period: 'hour' }],
    ['Up to £30,000 a year', { max: 30000, currency: 'GBP', period: 'year' }],
    ['1.234,56 € / mes', { min: 1234.56, currency: 'EUR', period: 'month' }],
    ['$120K/yr - $150K/yr', { min: 120000, max: 150000, currency: 'USD', period: 'year' }],
    ['35 000 € par an', { min: 35000, currency: 'EUR', period: 'year' }],
  ])('%s', (text, expected) => {
    const salary = parseSalary(text);
    expect(salary).toMatchObject({ text, ...expected });
    if (!('max' in expected)) expect(salary?.max).toBeUndefined();
  });

  it.each(['Hybrid', 'Salario no disponible', 'Full-time', '3 years of experience', '', '2 days a week'])(
    'is not a salary: %j',
    (text) => {
      expect(parseSalary(text)).toBeUndefined();
    },
  );

  it('reads $ as the host country currency when told', () => {
    expect(parseSalary('$60,000 a year', { dollar: 'CAD' })?.currency).toBe('CAD');
  });
});
