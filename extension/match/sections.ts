/**
 * How much a line of a job ad weighs: under "Requirements"/"Requisitos mínimos" it is
 * required, under "Nice to have"/"Se valorará" preferred, under "About us"/"Ofrecemos"
 * it is about the company (not counted), and under "Responsibilities"/"Funciones" or
 * before any heading it describes the duties.
 */
export type LineKind = 'required' | 'preferred' | 'duties' | 'about';

// Headings, folded (lower case, no accents). Preferred is checked first:
// "preferred qualifications" and "requisitos deseables" are preferred, not required.
const PREFERRED_HEADINGS =
  /^(?:nice[ -]to[ -]haves?|bonus(?: points)?|(?:its )?a plus|pluses|preferred(?: qualifications| skills| experience)?|desired(?: skills| qualifications)?|desirable|good to have|extra points|even better if|ideally|se valorara(?:n)?|valorable|valoramos|valoraremos|se valora|deseable|deseables|requisitos deseables|requisitos valorables|conocimientos deseables|sera un plus|suma(?:ra)? puntos|sumara|ademas valoraremos|si ademas)\b/;
const REQUIRED_HEADINGS =
  /^(?:requirements?|required(?: skills| qualifications| experience)?|must[ -]haves?|must have|minimum qualifications|basic qualifications|qualifications|what you(?:ll)? need|what we(?:re| are) looking for|who you are|about you|you have|you bring|you will have|your profile|skills(?: (?:and|&) experience)?|experience(?: required)?|essential(?: skills| criteria)?|key skills|requisitos(?: minimos| imprescindibles| del puesto)?|imprescindible|imprescindibles|se requiere|buscamos|que buscamos|perfil(?: requerido| buscado| del candidato)?|tu perfil|lo que necesitas|que necesitas|experiencia(?: requerida)?|conocimientos(?: requeridos| necesarios)?|formacion(?: requerida)?|requerimos)\b/;
const DUTIES_HEADINGS =
  /^(?:responsibilities|key responsibilities|what you(?:ll| will) do|the role|about the role|your role|role overview|the job|job description|duties|main duties|day to day|funciones|funciones del puesto|responsabilidades|tus funciones|tareas|que haras|el puesto|descripcion del puesto|descripcion de la oferta|tu dia a dia|mision del puesto)/;
const ABOUT_HEADINGS =
  /^(?:about us|who we are|about the company|about [a-z]+|benefits|perks|what we offer|we offer|why join(?: us)?|compensation|salary|how to apply|our values|sobre nosotros|quienes somos|la empresa|ofrecemos|que ofrecemos|te ofrecemos|beneficios|condiciones|salario|por que unirte)/;

const INLINE_PREFERRED =
  /\b(?:nice to have|is a plus|are a plus|a plus|bonus|preferred|preferably|desirable|ideally|se valorara|valorable|deseable|es un plus|sera un plus|se valora)\b/;
const INLINE_REQUIRED =
  /\b(?:required|must|mandatory|essential|imprescindible|obligatorio|requerido|necesario)\b/;

function headingKind(folded: string): { kind: LineKind; length: number } | undefined {
  for (const [pattern, kind] of [
    [PREFERRED_HEADINGS, 'preferred'],
    [REQUIRED_HEADINGS, 'required'],
    [DUTIES_HEADINGS, 'duties'],
    [ABOUT_HEADINGS, 'about'],
  ] as const) {
    const match = pattern.exec(folded);
    if (match) return { kind, length: match[0].length };
  }
  return undefined;
}

/**
 * A heading is a short line that is a known phrase and nothing else but a colon, or a
 * colon and the first items ("Requirements: Python, SQL"). "Experience with Docker" is
 * not a heading.
 */
function readHeading(foldedLine: string): { kind: LineKind; rest: string } | undefined {
  if (foldedLine.length > 160) return undefined;
  const folded = foldedLine
    .replace(/^[\s#*•·\-–—>]+/, '')
    .replace(/[*_’']+/g, '')
    .trim();
  if (!folded || folded.length > 120) return undefined;
  const heading = headingKind(folded);
  if (!heading) return undefined;
  const after = folded.slice(heading.length).trim();
  if (after === '' || /^[?!.:]+$/.test(after)) return { kind: heading.kind, rest: '' };
  if (after.startsWith(':')) return { kind: heading.kind, rest: after.slice(1).trim() };
  return undefined;
}

/**
 * The kind of every line of a job description, given its lines folded (foldText). Inline
 * markers override the section for one line: "Docker is a plus" under Requirements is
 * preferred.
 */
export function classifyLines(foldedLines: readonly string[]): LineKind[] {
  let section: LineKind = 'duties';
  const kinds: LineKind[] = [];
  for (const line of foldedLines) {
    const heading = readHeading(line);
    if (heading) {
      section = heading.kind;
      kinds.push(heading.rest ? inlineKind(heading.rest, section) : section);
      continue;
    }
    kinds.push(inlineKind(line, section));
  }
  return kinds;
}

function inlineKind(folded: string, section: LineKind): LineKind {
  if (INLINE_PREFERRED.test(folded)) return 'preferred';
  if (section === 'duties' && INLINE_REQUIRED.test(folded)) return 'required';
  return section;
}

/** True when the ad has an explicit requirements section (else the description counts). */
export function hasRequiredSection(kinds: readonly LineKind[]): boolean {
  return kinds.includes('required');
}
