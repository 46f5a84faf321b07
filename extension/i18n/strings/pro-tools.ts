/** Words of the interview-prep and supporting-statement tools (the parts they share with letters are `pro.*`). */
export const toolEn = {
  'tool.prepTitle': 'Interview prep',
  'tool.prepUpsell': 'Interview prep is part of JobTrack Pro.',
  'tool.prepHelp':
    'Likely questions for this job with answer points from your CV, and the gaps to be ready for.',
  'tool.prepare': 'Prepare questions',
  'tool.prepareAgain': 'Prepare a new set',
  'tool.skillsSent': 'Also sent: skills your CV shows ({matched}) and skills it does not show ({missing}).',
  /** Stands for an empty skill list in `tool.skillsSent`. */
  'tool.noSkills': 'none',
  /** {company} is `pro.alsoCompany` filled, or nothing. */
  'tool.alsoPrep': 'Also sent: job title "{title}"{company}, language and an anonymous installation id.',
  'tool.stillWriting': 'You can close this page: the questions keep being written and are saved here.',
  'tool.savedPreps': 'Saved interview preps',
  'tool.prepText': 'Interview prep text',
  'tool.kind.technical': 'Technical',
  'tool.kind.behavioural': 'Behavioural',
  'tool.kind.company': 'About the company',
  'tool.gapsTitle': 'Gaps to address',
  'tool.practice': 'Practice mode',
  'tool.practiceEnd': 'Close practice',
  'tool.questionOf': 'Question {n} of {total}',
  'tool.showPoints': 'Show suggested points',
  'tool.hidePoints': 'Hide suggested points',
  'tool.yourNotes': 'Your notes for this question (kept on this device)',
  'tool.saveNote': 'Save note',
  'tool.noteSaved': 'Note saved.',
  'tool.previous': 'Previous',
  'tool.next': 'Next',
  'tool.noQuestions':
    'No questions could be read from this version: edit its text below or prepare a new set.',
  // Statement
  'tool.statementTitle': 'Supporting statement',
  'tool.statementUpsell': 'The supporting-statement builder is part of JobTrack Pro.',
  'tool.statementHelp':
    'For person specifications with Essential and Desirable criteria (NHS and public-sector jobs): add a line or two of your own evidence to each criterion and get a statement answering them one by one.',
  'tool.aiNotice':
    'AI-generated: check every claim against your own experience and edit it before you submit. Many employers ask you to declare that the statement is your own work.',
  'tool.criteriaTitle': 'Criteria',
  'tool.criteriaFound': '{n} criteria found in the job text. Edit, remove or add any.',
  'tool.criteriaNone':
    'No criteria found in the job text. Paste the person specification below or add them one by one.',
  'tool.criterion': 'Criterion',
  'tool.criterionKind.essential': 'Essential',
  'tool.criterionKind.desirable': 'Desirable',
  'tool.evidence': 'Your evidence (a line or two)',
  'tool.remove': 'Remove',
  'tool.addCriterion': 'Add criterion',
  'tool.detectAgain': 'Find criteria in the job again',
  'tool.pasteLabel': 'Paste a person specification',
  'tool.pasteAdd': 'Add criteria from pasted text',
  'tool.wordLimit': 'Word limit',
  'tool.criteriaSent': 'Criteria and your evidence, as they will be sent:',
  'tool.prepareStatement': 'Prepare statement',
  'tool.alsoStatement':
    'Also sent: job title "{title}"{company}, {criteria} criteria with your evidence, the {words}-word limit, language and an anonymous installation id.',
  'tool.statementStillWriting':
    'You can close this page: the statement keeps being written and is saved here.',
  'tool.savedStatements': 'Saved statements',
  'tool.statementText': 'Statement text',
  'tool.words': '{n} / {limit} words',
  'tool.overWords': 'Over the limit by {n} words: shorten it before you submit.',
  'tool.tooManyCriteria': 'At most {max} criteria per statement.',
  'tool.retryIn.one': 'That is a lot of requests in a short time. Try again in {minutes} minute.',
  'tool.retryIn.other': 'That is a lot of requests in a short time. Try again in {minutes} minutes.',
  // Where the letter's failure sentences would speak of a letter.
  'tool.failure.not-pro':
    'Interview prep and supporting statements are part of JobTrack Pro. Go Pro to use them.',
  'tool.failure.rate-limited': 'That is a lot of requests in a short time. Try again later.',
  'tool.failure.interrupted':
    'The text stopped before it was finished. What arrived is kept below; prepare it again to get it whole.',
  'tool.failure.no-cv': 'Add your CV first (CV tab): the answers are drawn from it.',
  'tool.failure.busy': 'This is already being written for this application.',
} as const;

export const toolEs: { readonly [K in keyof typeof toolEn]: string } = {
  'tool.prepTitle': 'Preparación de la entrevista',
  'tool.prepUpsell': 'La preparación de entrevistas es parte de JobTrack Pro.',
  'tool.prepHelp':
    'Preguntas probables para esta oferta con puntos de respuesta sacados de tu CV, y las carencias para las que conviene prepararse.',
  'tool.prepare': 'Preparar preguntas',
  'tool.prepareAgain': 'Preparar otra tanda',
  'tool.skillsSent':
    'También se envía: las habilidades que muestra tu CV ({matched}) y las que no muestra ({missing}).',
  'tool.noSkills': 'ninguna',
  'tool.alsoPrep':
    'También se envía: el puesto «{title}»{company}, el idioma y un identificador anónimo de instalación.',
  'tool.stillWriting': 'Puedes cerrar esta página: las preguntas se siguen escribiendo y se guardan aquí.',
  'tool.savedPreps': 'Preparaciones guardadas',
  'tool.prepText': 'Texto de la preparación',
  'tool.kind.technical': 'Técnica',
  'tool.kind.behavioural': 'De comportamiento',
  'tool.kind.company': 'Sobre la empresa',
  'tool.gapsTitle': 'Carencias que abordar',
  'tool.practice': 'Modo práctica',
  'tool.practiceEnd': 'Cerrar la práctica',
  'tool.questionOf': 'Pregunta {n} de {total}',
  'tool.showPoints': 'Ver puntos sugeridos',
  'tool.hidePoints': 'Ocultar puntos sugeridos',
  'tool.yourNotes': 'Tus notas para esta pregunta (se guardan en este dispositivo)',
  'tool.saveNote': 'Guardar nota',
  'tool.noteSaved': 'Nota guardada.',
  'tool.previous': 'Anterior',
  'tool.next': 'Siguiente',
  'tool.noQuestions':
    'No se pudieron leer preguntas de esta versión: edita su texto abajo o prepara otra tanda.',
  'tool.statementTitle': 'Declaración de idoneidad (supporting statement)',
  'tool.statementUpsell': 'El generador de declaraciones de idoneidad es parte de JobTrack Pro.',
  'tool.statementHelp':
    'Para especificaciones de perfil con criterios imprescindibles y deseables (empleos del NHS y del sector público británico): añade una o dos líneas de tu propia experiencia a cada criterio y obtén una declaración que los responde uno a uno.',
  'tool.aiNotice':
    'Generado con IA: comprueba cada afirmación con tu propia experiencia y edítalo antes de enviarlo. Muchos empleadores piden declarar que el texto es tuyo.',
  'tool.criteriaTitle': 'Criterios',
  'tool.criteriaFound': '{n} criterios encontrados en la oferta. Edítalos, quítalos o añade otros.',
  'tool.criteriaNone':
    'No se encontraron criterios en la oferta. Pega abajo la especificación del perfil o añádelos uno a uno.',
  'tool.criterion': 'Criterio',
  'tool.criterionKind.essential': 'Imprescindible',
  'tool.criterionKind.desirable': 'Deseable',
  'tool.evidence': 'Tu experiencia (una o dos líneas)',
  'tool.remove': 'Quitar',
  'tool.addCriterion': 'Añadir criterio',
  'tool.detectAgain': 'Buscar de nuevo los criterios en la oferta',
  'tool.pasteLabel': 'Pega una especificación del perfil',
  'tool.pasteAdd': 'Añadir criterios del texto pegado',
  'tool.wordLimit': 'Límite de palabras',
  'tool.criteriaSent': 'Los criterios y tu experiencia, tal como se enviarán:',
  'tool.prepareStatement': 'Preparar la declaración',
  'tool.alsoStatement':
    'También se envía: el puesto «{title}»{company}, {criteria} criterios con tu experiencia, el límite de {words} palabras, el idioma y un identificador anónimo de instalación.',
  'tool.statementStillWriting':
    'Puedes cerrar esta página: la declaración se sigue escribiendo y se guarda aquí.',
  'tool.savedStatements': 'Declaraciones guardadas',
  'tool.statementText': 'Texto de la declaración',
  'tool.words': '{n} / {limit} palabras',
  'tool.overWords': 'Supera el límite en {n} palabras: acórtala antes de enviarla.',
  'tool.tooManyCriteria': 'Como máximo {max} criterios por declaración.',
  'tool.retryIn.one': 'Son muchas peticiones en poco tiempo. Vuelve a intentarlo dentro de {minutes} minuto.',
  'tool.retryIn.other':
    'Son muchas peticiones en poco tiempo. Vuelve a intentarlo dentro de {minutes} minutos.',
  'tool.failure.not-pro':
    'La preparación de entrevistas y las declaraciones son parte de JobTrack Pro. Hazte Pro para usarlas.',
  'tool.failure.rate-limited': 'Son muchas peticiones en poco tiempo. Vuelve a intentarlo más tarde.',
  'tool.failure.interrupted':
    'El texto se detuvo antes de terminar. Abajo queda lo que llegó; vuelve a prepararlo para tenerlo completo.',
  'tool.failure.no-cv': 'Añade antes tu CV (pestaña CV): las respuestas salen de él.',
  'tool.failure.busy': 'Ya se está escribiendo para esta candidatura.',
};
