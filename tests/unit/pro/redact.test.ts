import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, guessOwnerName, Redactor, redact } from '../../../extension/pro/redact';

/** Redaction over many formats and both languages; the property tests generate the shapes. */

const gone = (text: string, value: string) => {
  const { text: out } = redact(text);
  expect(out).not.toContain(value);
  return out;
};

describe('emails', () => {
  it.each([
    'jane.doe@example.com',
    'j.doe+jobs@mail.example.co.uk',
    'maria_garcia-lopez@correo.es',
    "o'brien@example.ie",
  ])('%s becomes [EMAIL]', (email) => {
    expect(gone(`Contact: ${email}.`, email)).toBe('Contact: [EMAIL].');
  });
});

describe('phone numbers', () => {
  it.each([
    ['ES mobile', '+34 612 345 678'],
    ['ES mobile, no spaces', '612345678'],
    ['ES landline grouped in pairs', '91 123 45 67'],
    ['ES with 0034', '0034 612 34 56 78'],
    ['UK mobile', '07700 900123'],
    ['UK international', '+44 20 7946 0958'],
    ['UK with (0)', '+44 (0)20 7946 0958'],
    ['US parentheses', '(415) 555-0132'],
    ['US dashes', '415-555-0132'],
    ['US dots with +1', '+1 415.555.0132'],
    ['DE', '+49 30 1234567'],
    ['FR', '+33 1 23 45 67 89'],
  ])('%s: %s', (_, phone) => {
    expect(gone(`Tel: ${phone} (evenings)`, phone)).toMatch(/^Tel: \[PHONE\] \(evenings\)$/);
  });

  it.each([
    ['a year range', 'Backend engineer, 2018 - 2022'],
    ['two year ranges', '2015-2018 2019-2023'],
    ['a date range', '01.02.2019 - 05.06.2021'],
    ['a salary range', 'Salary: 45.000 - 55.000 € gross'],
    ['a salary in thousands', 'Up to £65,000 a year'],
  ])('leaves %s alone', (_, text) => {
    expect(redact(text).text).toBe(text);
  });
});

describe('addresses and postcodes', () => {
  it.each([
    ['Calle de Alcalá 123, 4º B, 28009 Madrid', 'Alcalá 123', '28009'],
    ['C/ Mayor, 5, 08001 Barcelona', 'Mayor', '08001'],
    ['Avda. de la Constitución nº 12, 41001 Sevilla', 'Constitución', '41001'],
    ['Plaza España 3, CP 50001', 'España 3', '50001'],
    ['221B Baker Street, London NW1 6XE', 'Baker Street', 'NW1 6XE'],
    ['12 Oak Avenue, Manchester M1 1AE', 'Oak Avenue', 'M1 1AE'],
    ['1600 Pennsylvania Ave, Washington, DC 20500', 'Pennsylvania', '20500'],
  ])('%s', (address, street, postcode) => {
    const out = redact(`Address: ${address}`).text;
    expect(out).not.toContain(street);
    expect(out).not.toContain(postcode);
    expect(out).toMatch(/\[ADDRESS\]/);
    expect(out).toMatch(/\[POSTCODE\]/);
  });

  it('keeps the city (it says where the candidate can work) and numbers that are not postcodes', () => {
    expect(redact('Calle Mayor 5, 28013 Madrid').text).toBe('[ADDRESS], [POSTCODE] Madrid');
    expect(redact('Served 35000 users in 2021').text).toBe('Served 35000 users in 2021');
  });
});

describe('links', () => {
  it.each([
    'https://www.linkedin.com/in/jane-doe-123/',
    'linkedin.com/in/janedoe',
    'es.linkedin.com/in/maria-garcia',
    'github.com/janedoe',
    'www.janedoe.dev',
    'janedoe.dev/projects',
    'http://portfolio.example.org/work?id=3',
  ])('%s becomes [LINK]', (link) => {
    expect(gone(`See ${link} for more`, link)).toBe('See [LINK] for more');
  });

  it('leaves technology names with a dot alone', () => {
    const text = 'Node.js, Vue.js, ASP.NET and Next.js';
    expect(redact(text).text).toBe(text);
  });
});

describe('national ids and dates of birth', () => {
  it.each([
    ['DNI', '12345678Z'],
    ['DNI with dash', '12345678-Z'],
    ['NIE', 'X1234567L'],
    ['NIE with dashes', 'Y-1234567-X'],
    ['NI number', 'AB 12 34 56 C'],
    ['NI number compact', 'AB123456D'],
    ['SSN', '078-05-1120'],
  ])('%s %s becomes [ID]', (_, id) => {
    expect(gone(`ID: ${id}`, id)).toBe('ID: [ID]');
  });

  it.each([
    'Date of birth: 14/03/1990',
    'Born 3 May 1988',
    'DOB: 1990-03-14',
    'Fecha de nacimiento: 14 de marzo de 1990',
    'Nacida el 02.11.1985',
    'F. nac.: 14-03-1990',
    'Born on March 14, 1990',
  ])('%s', (line) => {
    const out = redact(line).text;
    expect(out).toMatch(/\[BIRTHDATE\]$/);
    expect(out).not.toMatch(/19[89]\d/);
  });

  it('keeps dates that are not a birth date', () => {
    expect(redact('Started 14/03/2019 at Acme').text).toBe('Started 14/03/2019 at Acme');
  });
});

describe('the owner’s name', () => {
  it.each([
    ['Jane Doe\nSenior Backend Engineer', 'Jane Doe'],
    ['JANE DOE | Backend Engineer', 'Jane Doe'],
    ['Curriculum Vitae\nMaría José García López\nMadrid', 'María José García López'],
    ['Nombre: Lucía Fernández\nIngeniera de datos', 'Lucía Fernández'],
    ['Experience\n2019 - 2022 Engineer at Acme', undefined],
  ])('guessed from the header of %j', (cv, name) => {
    expect(guessOwnerName(cv)).toBe(name);
  });

  it('becomes [NAME] whole and in parts, with or without accents and in any case', () => {
    const { text, placeholders } = redact(
      'María José García López\nMARIA GARCIA, engineer. Ask for María. References: Garcia López family.',
      'María José García López',
    );
    expect(text).toBe('[NAME]\n[NAME] [NAME], engineer. Ask for [NAME]. References: [NAME] [NAME] family.');
    expect(placeholders.get('[NAME]')).toBe('María José García López');
  });

  it('does not touch words that merely contain a part of the name', () => {
    expect(redact('Anaconda and Ana', 'Ana Ruiz').text).toBe('Anaconda and [NAME]');
  });
});

describe('placeholders', () => {
  it('one value keeps one placeholder; different values are numbered; line count never changes', () => {
    const cv = 'a@x.com\nb@y.org\nwrite to a@x.com\n+34 612 345 678\n\nend';
    const { text, placeholders } = redact(cv);
    expect(text).toBe('[EMAIL]\n[EMAIL_2]\nwrite to [EMAIL]\n[PHONE]\n\nend');
    expect(text.split('\n')).toHaveLength(cv.split('\n').length);
    expect(placeholders.get('[EMAIL_2]')).toBe('b@y.org');
  });

  it('a redactor seeded with earlier placeholders counts on from them', () => {
    const first = redact('a@x.com');
    const again = new Redactor(undefined, first.placeholders);
    expect(again.redact('a@x.com and c@z.net')).toBe('[EMAIL] and [EMAIL_2]');
  });

  it('are put back in the letter, in the spellings a model may use; unknown ones stay', () => {
    const { placeholders } = redact('jane@example.com +34 612 345 678', 'Jane Doe');
    const letter = 'Reach me at [EMAIL] or [ phone ].\nKind regards,\n[Name]\n[NAME_1] [COMPANY]';
    expect(fillPlaceholders(letter, placeholders)).toBe(
      'Reach me at jane@example.com or +34 612 345 678.\nKind regards,\nJane Doe\nJane Doe [COMPANY]',
    );
  });

  it('round-trips: redact, then fill, gives the text back where only whole values were replaced', () => {
    const cv = 'Jane Doe\njane@example.com · +44 20 7946 0958 · github.com/janedoe';
    const { text, placeholders } = redact(cv, 'Jane Doe');
    expect(fillPlaceholders(text, placeholders)).toBe(cv);
  });
});

describe('properties', () => {
  const filler = fc.stringMatching(/^[A-Za-zÁÉÍÓÚáéíóúñÑ ,.;:()\n-]{0,30}$/);
  const email = fc
    .tuple(
      fc.stringMatching(/^[a-z0-9][a-z0-9._%+-]{0,15}$/),
      fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 3 }),
      fc.stringMatching(/^[a-z]{2,6}$/),
    )
    .map(([local, labels, tld]) => `${local}@${labels.join('.')}.${tld}`);
  const d = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
  const phone = fc.oneof(
    fc.tuple(d(3), d(3), d(3)).map(([a, b, c]) => `+34 6${a.slice(1)} ${b} ${c}`),
    fc
      .tuple(d(2), d(2), d(2))
      .map(([a, b, c]) => `91 ${a}${b.slice(0, 1)} ${b.slice(1)}${c.slice(0, 1)} ${c}`),
    d(8).map((n) => `6${n}`),
    fc.tuple(d(3), d(6)).map(([a, b]) => `07${a} ${b}`),
    fc.tuple(d(4), d(4)).map(([a, b]) => `+44 20 ${a} ${b}`),
    fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
    fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `+1 ${a}.${b}.${c}`),
    fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `${a}-${b}-${c}`),
    fc.tuple(d(2), d(7)).map(([a, b]) => `+49 ${a} ${b}`),
    fc.tuple(d(2), d(2), d(2), d(2)).map(([a, b, c, e]) => `0033 1 ${a} ${b} ${c} ${e}`),
  );
  const EMAIL_SHAPE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
  /** Nine or more digits in a row once separators are ignored. */
  const PHONE_SHAPE = /\d(?:[\s().\-/+]{0,3}\d){8,}/;

  it('no email shape survives, wherever it sits in the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, email), { minLength: 1, maxLength: 4 }),
        filler,
        (parts, tail) => {
          const text = parts.map(([before, value]) => `${before} ${value}`).join('') + tail;
          expect(redact(text).text).not.toMatch(EMAIL_SHAPE);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('no phone shape survives, in ES, UK, US and international formats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, phone), { minLength: 1, maxLength: 4 }),
        filler,
        (parts, tail) => {
          const text = `${parts.map(([before, value]) => `${before} ${value}`).join(' ')} ${tail}`;
          expect(redact(text).text).not.toMatch(PHONE_SHAPE);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the originals all come back through fillPlaceholders', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(email, phone), { minLength: 1, maxLength: 5 }), (values) => {
        const text = values.join(' | ');
        const { text: out, placeholders } = redact(text);
        expect(fillPlaceholders(out, placeholders)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
