import type { Salary, SalaryPeriod } from '../model/application';
import { cleanText } from './text';

/**
 * Salary text as boards print it → min/max/currency/period, keeping the original text.
 * "$300,000.00/yr - $425,000.00/yr", "$27.85 - $41.77 an hour", "£40k - £45k (Employer
 * provided)", "42.000€ - 52.000€ Bruto/año", "21.000€ - 30.000€ b/a". Text with no amount
 * ("Hybrid", "Salario no disponible") is not a salary.
 */

const CURRENCY_SYMBOLS: [RegExp, string][] = [
  [/R\$/, 'BRL'],
  [/C\$|CA\$/, 'CAD'],
  [/A\$|AU\$/, 'AUD'],
  [/NZ\$/, 'NZD'],
  [/S\$/, 'SGD'],
  [/HK\$/, 'HKD'],
  [/MX\$/, 'MXN'],
  [/£/, 'GBP'],
  [/€/, 'EUR'],
  [/₹/, 'INR'],
  [/¥/, 'JPY'],
  [/zł/i, 'PLN'],
  [/\$/, 'USD'],
];
const CURRENCY_CODES =
  /\b(USD|EUR|GBP|CAD|AUD|NZD|CHF|INR|SGD|HKD|BRL|MXN|ARS|PLN|SEK|NOK|DKK|JPY)\b|\b(euros?)\b/i;

const PERIODS: [RegExp, SalaryPeriod][] = [
  [
    /\/\s*(hr|hour|h)\b|\ban? hour\b|\bper hour\b|\bhourly\b|\/\s*hora|\bla hora\b|\bpor hora\b|€\/h\b/i,
    'hour',
  ],
  [/\/\s*(day|d[ií]a)\b|\ba day\b|\bper day\b|\bdaily\b|\bal d[ií]a\b|\bpor d[ií]a\b/i, 'day'],
  [/\/\s*(wk|week)\b|\ba week\b|\bper week\b|\bweekly\b|\bsemanal\b|\/\s*semana/i, 'week'],
  [
    /\/\s*(mo|month|mes)\b|\ba month\b|\bper month\b|\bmonthly\b|\bal mes\b|\bmensual(es)?\b|\bpor mes\b|\bb\/m\b/i,
    'month',
  ],
  [
    /\/\s*(yr|year|a[nñ]o)\b|\ba year\b|\bper (year|annum)\b|\bannual(ly)?\b|\bal a[nñ]o\b|\banual(es)?\b|\bb\/a\b|\bbruto\s*\/\s*a[nñ]o\b|\bp\.?a\.?\b/i,
    'year',
  ],
];

/** Dollar signs on a country host mean that country's dollars. */
export function dollarCurrencyForHost(hostname: string): string {
  const host = hostname.toLowerCase();
  if (/(^|\.)ca\.indeed\.com$|\.ca$/.test(host)) return 'CAD';
  if (/(^|\.)au\.indeed\.com$|\.com\.au$/.test(host)) return 'AUD';
  if (/(^|\.)nz\.indeed\.com$|\.co\.nz$/.test(host)) return 'NZD';
  if (/(^|\.)sg\.indeed\.com$|\.sg$/.test(host)) return 'SGD';
  if (/\.com\.hk$/.test(host)) return 'HKD';
  if (/(^|\.)mx\.indeed\.com$|\.com\.mx$/.test(host)) return 'MXN';
  return 'USD';
}

/** "1,234.56" / "1.234,56" / "42.000" / "27.85" → number. */
function parseAmount(raw: string): number | undefined {
  let text = raw.replace(/[\s\u00A0\u202F']/g, '');
  const hasDot = text.includes('.');
  const hasComma = text.includes(',');
  if (hasDot && hasComma) {
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    text = text.split(thousands).join('').replace(decimal, '.');
  } else if (hasDot || hasComma) {
    const sep = hasDot ? '.' : ',';
    const parts = text.split(sep);
    const isThousands = parts.length > 2 || (parts[1]?.length === 3 && (parts[0]?.length ?? 0) <= 3);
    text = isThousands ? parts.join('') : parts.join('.');
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

const AMOUNT =
  /(\d{1,3}(?:[.,\s\u00A0\u202F]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s*([kKmM])?(?![\w])/g;

export function parseSalary(
  input: string | null | undefined,
  options: { dollar?: string } = {},
): Salary | undefined {
  const text = cleanText(input);
  if (!text || text.length > 200) return undefined;
  // Only the part before a job-type tail ("… an hour - Part-time") matters for amounts.
  const amounts: number[] = [];
  let hasK = false;
  for (const match of text.matchAll(AMOUNT)) {
    const value = parseAmount(match[1] ?? '');
    if (value === undefined) continue;
    const suffix = match[2]?.toLowerCase();
    if (suffix === 'k') hasK = true;
    amounts.push(suffix === 'k' ? value * 1000 : suffix === 'm' ? value * 1_000_000 : value);
    if (amounts.length === 2) break;
  }
  let currency: string | undefined;
  for (const [pattern, code] of CURRENCY_SYMBOLS) {
    if (pattern.test(text)) {
      currency = code === 'USD' ? (options.dollar ?? 'USD') : code;
      break;
    }
  }
  const codeMatch = text.match(CURRENCY_CODES);
  if (!currency && codeMatch) currency = codeMatch[1] ? codeMatch[1].toUpperCase() : 'EUR';
  // A number without a currency is a count ("3 years", "2 days a week"), not pay; "kr"
  // (NOK, SEK, DKK: which one depends on the country) still marks money.
  const isMoney = Boolean(currency) || /\bkr\.?(?=\s|\d|$)|(?<=\d)\s*kr\b/i.test(text);
  if (!amounts.length || !isMoney) return undefined;
  let period: SalaryPeriod | undefined;
  for (const [pattern, value] of PERIODS) {
    if (pattern.test(text)) {
      period = value;
      break;
    }
  }
  // "£40k - £45k" is yearly pay on every board that prints thousands that way.
  if (!period && hasK) period = 'year';
  // Five-figure amounts with no period ("35.000 € - 45.000 €") are yearly pay.
  if (!period && (amounts[0] ?? 0) >= 10_000) period = 'year';
  const [first, second] = amounts;
  const min = first;
  const max = second !== undefined && second >= (first ?? 0) ? second : undefined;
  const isUpTo = /\b(up to|hasta)\b/i.test(text);
  return {
    text: text.slice(0, 200),
    ...(isUpTo && max === undefined ? { max: min } : { min, ...(max !== undefined ? { max } : {}) }),
    ...(currency ? { currency } : {}),
    ...(period ? { period } : {}),
  };
}
