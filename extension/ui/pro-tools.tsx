import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { LetterLanguage } from '../../shared/api';
import {
  CRITERION_KINDS,
  type CriterionKind,
  countWords,
  type InterviewPrep,
  type PrepQuestion,
  parseInterviewPrep,
  parseStatement,
  type StatementCriterion,
  TOOL_LIMITS,
  type Tool,
} from '../../shared/pro-tools';
import { isMessageKey } from '../i18n/strings';
import type { Application } from '../model/application';
import { detectCriteria } from '../pro/criteria';
import { DEFAULT_WORD_LIMIT } from '../pro/letter-request';
import type { ToolPreview } from '../protocol/pro';
import type { AppError } from '../protocol/result';
import type { Send } from '../protocol/send';
import type { LetterProgress } from '../store/schema';
import { useSend } from './actions';
import { type I18n, useI18n } from './i18n-context';
import { alsoJob, PrepareRow, PreviewPanel, SavedVersions, TextProgress, type Version } from './pro-parts';
import { useCachedSubscription, useProgress } from './pro-source';

/**
 * Interview prep and the supporting-statement builder in an application's detail view,
 * on the cover letter's parts: the same preview, the same background stream, the same
 * saved versions. Prep answers are parsed (shared/pro-tools.ts) into questions for the
 * practice mode; statements show their word count against the user's limit.
 */

type Criterion = { text: string; kind: CriterionKind; evidence: string };

/** Preview → start → cancel for one tool, with the reply's failure kept for display. */
function useToolRequest(app: Application, tool: Tool, send: Send) {
  const [preview, setPreview] = useState<ToolPreview | undefined>();
  const [cvText, setCvText] = useState('');
  const [jobText, setJobText] = useState('');
  const [failure, setFailure] = useState<AppError | undefined>();
  const [busy, setBusy] = useState(false);
  return {
    preview,
    cvText,
    jobText,
    setCvText,
    setJobText,
    failure,
    busy,
    close: () => setPreview(undefined),
    async prepare(options: { language: LetterLanguage; criteria?: Criterion[]; wordLimit?: number }) {
      setFailure(undefined);
      setBusy(true);
      const reply = await send('pro-tool-preview', { id: app.id, tool, options });
      setBusy(false);
      if (!reply.ok) return setFailure(reply.error);
      setPreview(reply.value);
      setCvText(reply.value.body.cvText);
      setJobText(reply.value.body.jobText);
    },
    async start() {
      if (!preview) return;
      setFailure(undefined);
      const reply = await send('pro-tool-start', {
        id: app.id,
        tool,
        body: { ...preview.body, cvText, jobText },
        placeholders: preview.placeholders,
      });
      if (reply.ok) setPreview(undefined);
      else setFailure(reply.error);
    },
    cancel: () => void send('pro-tool-cancel', { id: app.id, tool }),
  };
}

/** Free plan: one line (the cover letter above carries the Go Pro button, once per panel). */
function Upsell({ text }: { text: string }) {
  const subscription = useCachedSubscription();
  if (subscription !== null && subscription?.pro !== false) return null;
  return <p class="muted pro-tool-upsell">{text}</p>;
}

/** The letter's "What will be sent" panel for a tool's request. */
function ToolPreviewPanel({
  tool,
  request,
  also,
  children,
}: {
  tool: Tool;
  request: ReturnType<typeof useToolRequest>;
  also: string;
  children?: ComponentChildren;
}) {
  const { preview } = request;
  if (!preview) return null;
  return (
    <PreviewPanel
      idPrefix={`${tool}-`}
      preview={preview}
      cvText={request.cvText}
      jobText={request.jobText}
      onCvText={request.setCvText}
      onJobText={request.setJobText}
      also={also}
      request={{ ...preview.body, cvText: request.cvText, jobText: request.jobText }}
      onSend={() => void request.start()}
      onCancel={request.close}
    >
      {children}
    </PreviewPanel>
  );
}

/** A failure in the tools' words where the letter's would speak of letters; undefined where they agree. */
function toolFailure(t: I18n['t'], error: AppError): string | undefined {
  if (error.code === 'pro-retry-in' || error.code === 'pro-retry-soon') {
    const minutes = error.code === 'pro-retry-in' ? error.params.minutes : 1;
    return t(minutes === 1 ? 'tool.retryIn.one' : 'tool.retryIn.other', { minutes });
  }
  const key = `tool.failure.${error.code.replace(/^pro-/, '')}`;
  return error.code.startsWith('pro-') && isMessageKey(key) ? t(key) : undefined;
}

/** What differs between the tools' outputs: ids, words, where versions are kept, how a text shows. */
const OUTPUTS = {
  prep: {
    fileKind: 'interview-prep',
    versions: (app: Application) => app.interviewPreps ?? [],
    words: { still: 'tool.stillWriting', title: 'tool.savedPreps', label: 'tool.prepText' } as const,
    render: (text: string) => <PrepView prep={parseInterviewPrep(text)} />,
  },
  statement: {
    fileKind: 'supporting-statement',
    versions: (app: Application) => app.statements ?? [],
    words: {
      still: 'tool.statementStillWriting',
      title: 'tool.savedStatements',
      label: 'tool.statementText',
    } as const,
    render: (text: string) => <StatementView text={text} />,
  },
} satisfies Record<Tool, unknown>;

/** A tool's text being written (or why it stopped) and its saved versions. */
function ToolOutput({
  app,
  tool,
  progress,
  request,
  children,
}: {
  app: Application;
  tool: Tool;
  progress: LetterProgress | undefined;
  request: ReturnType<typeof useToolRequest>;
  children: (version: Version, text: string) => ComponentChildren;
}) {
  const { t, errorText } = useI18n();
  const send = useSend();
  const output = OUTPUTS[tool];
  const words = { still: t(output.words.still), title: t(output.words.title), label: t(output.words.label) };
  return (
    <>
      <TextProgress
        testId={tool}
        progress={progress}
        failure={request.failure}
        failures={(failure) => toolFailure(t, failure)}
        stillWriting={words.still}
        onStop={request.cancel}
        render={output.render}
      />
      <SavedVersions
        app={app}
        testId={`saved-${tool}`}
        title={words.title}
        textLabel={words.label}
        versions={output.versions(app)}
        selectId={progress?.status === 'done' ? progress.letterId : undefined}
        fileKind={output.fileKind}
        onSave={async (docId, text) => {
          const reply = await send('pro-tool-save', { id: app.id, tool, docId, text });
          return reply.ok ? t('pro.saved') : errorText(reply.error);
        }}
        onDelete={(docId) => void send('pro-tool-delete', { id: app.id, tool, docId })}
      >
        {children}
      </SavedVersions>
    </>
  );
}

/* ---------- Interview prep ---------- */

function PrepView({ prep }: { prep: InterviewPrep }) {
  const { t } = useI18n();
  return (
    <div class="pro-prep" data-testid="prep-view">
      <ol>
        {prep.questions.map((q, index) => (
          <li key={`${index}-${q.question}`}>
            <span class="pro-tag">{t(`tool.kind.${q.kind}`)}</span> <strong>{q.question}</strong>
            <ul>
              {q.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {prep.gaps.length > 0 && (
        <>
          <h5>{t('tool.gapsTitle')}</h5>
          <ul class="pro-gaps">
            {prep.gaps.map((gap) => (
              <li key={gap.skill}>
                <strong>{gap.skill}</strong>: {gap.advice}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** One question: its suggested points hidden until asked, the user's own note saved with the application. */
function PracticeQuestion({ app, question }: { app: Application; question: PrepQuestion }) {
  const { t, errorText } = useI18n();
  const send = useSend();
  const key = question.question.slice(0, 500);
  const saved = app.prepNotes?.[key] ?? '';
  const [showPoints, setShowPoints] = useState(false);
  const [note, setNote] = useState(saved);
  const [status, setStatus] = useState('');
  return (
    <>
      <p>
        <span class="pro-tag">{t(`tool.kind.${question.kind}`)}</span>{' '}
        <strong data-testid="practice-question">{question.question}</strong>
      </p>
      <button type="button" onClick={() => setShowPoints(!showPoints)}>
        {showPoints ? t('tool.hidePoints') : t('tool.showPoints')}
      </button>
      {showPoints && (
        <ul>
          {question.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      )}
      <label for={`practice-note-${app.id}`}>{t('tool.yourNotes')}</label>
      <textarea
        id={`practice-note-${app.id}`}
        data-testid="practice-note"
        class="pro-letter__text"
        rows={4}
        maxLength={TOOL_LIMITS.noteChars}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="pro-row">
        <button
          type="button"
          disabled={note === saved}
          onClick={async () => {
            const reply = await send('pro-prep-note', { id: app.id, question: key, note });
            setStatus(reply.ok ? t('tool.noteSaved') : errorText(reply.error));
          }}
        >
          {t('tool.saveNote')}
        </button>
      </div>
      {status && <p role="status">{status}</p>}
    </>
  );
}

/** Practice mode: one question at a time (each with its own note), back and forth. */
function Practice({ app, prep, onClose }: { app: Application; prep: InterviewPrep; onClose: () => void }) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const question = prep.questions[index];
  if (!question) return null;
  const go = (to: number) => setIndex(Math.max(0, Math.min(prep.questions.length - 1, to)));
  return (
    <section class="pro-practice" aria-label={t('tool.practice')} data-testid="practice">
      <p class="muted">{t('tool.questionOf', { n: index + 1, total: prep.questions.length })}</p>
      <PracticeQuestion key={`${index}-${question.question}`} app={app} question={question} />
      <div class="pro-row">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('tool.previous')}
        </button>
        <button type="button" disabled={index === prep.questions.length - 1} onClick={() => go(index + 1)}>
          {t('tool.next')}
        </button>
        <button type="button" onClick={onClose}>
          {t('tool.practiceEnd')}
        </button>
      </div>
    </section>
  );
}

function SavedPrepView({ app, text }: { app: Application; text: string }) {
  const { t } = useI18n();
  const prep = useMemo(() => parseInterviewPrep(text), [text]);
  const [practising, setPractising] = useState(false);
  if (prep.questions.length === 0) return <p class="alert">{t('tool.noQuestions')}</p>;
  return practising ? (
    <Practice app={app} prep={prep} onClose={() => setPractising(false)} />
  ) : (
    <>
      <button type="button" class="primary" onClick={() => setPractising(true)}>
        {t('tool.practice')}
      </button>
      <PrepView prep={prep} />
    </>
  );
}

export function InterviewPrepSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const send = useSend();
  const progress = useProgress('prep', app.id);
  const [language, setLanguage] = useState<LetterLanguage>(lang === 'es' ? 'es' : 'en');
  const request = useToolRequest(app, 'prep', send);
  const { preview } = request;
  const body = preview?.body;
  const skills = body && 'matchedSkills' in body ? body : undefined;
  return (
    <section class="pro-tool" aria-labelledby={`prep-title-${app.id}`} data-testid="interview-prep">
      <h3 id={`prep-title-${app.id}`}>{t('tool.prepTitle')}</h3>
      <p class="muted">{t('tool.prepHelp')}</p>
      <Upsell text={t('tool.prepUpsell')} />
      <PrepareRow
        language={language}
        onLanguage={setLanguage}
        busy={request.busy}
        disabled={progress?.status === 'streaming'}
        label={(app.interviewPreps?.length ?? 0) > 0 ? t('tool.prepareAgain') : t('tool.prepare')}
        onPrepare={() => void request.prepare({ language })}
      />
      {preview && (
        <ToolPreviewPanel tool="prep" request={request} also={t('tool.alsoPrep', alsoJob(t, preview.body))}>
          {skills && (
            <p class="muted">
              {t('tool.skillsSent', {
                matched: skills.matchedSkills.join(', ') || t('tool.noSkills'),
                missing: skills.missingSkills.join(', ') || t('tool.noSkills'),
              })}
            </p>
          )}
        </ToolPreviewPanel>
      )}
      <ToolOutput app={app} tool="prep" progress={progress} request={request}>
        {(_version, text) => <SavedPrepView app={app} text={text} />}
      </ToolOutput>
    </section>
  );
}

/* ---------- Supporting statement ---------- */

function CriteriaEditor({
  criteria,
  onChange,
  detectedFrom,
}: {
  criteria: Criterion[];
  onChange: (criteria: Criterion[]) => void;
  detectedFrom: () => Criterion[];
}) {
  const { t } = useI18n();
  const [pasted, setPasted] = useState('');
  const set = (index: number, change: Partial<Criterion>) =>
    onChange(criteria.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const full = criteria.length >= TOOL_LIMITS.criteria;
  return (
    <div class="pro-criteria" data-testid="criteria">
      <h4>{t('tool.criteriaTitle')}</h4>
      <p class="muted">
        {criteria.length ? t('tool.criteriaFound', { n: criteria.length }) : t('tool.criteriaNone')}
      </p>
      <ol>
        {criteria.map((criterion, index) => (
          <li key={index} class="pro-criterion">
            <div class="pro-row">
              <select
                aria-label={`${t('tool.criterion')} ${index + 1}`}
                value={criterion.kind}
                onChange={(e) => set(index, { kind: e.currentTarget.value as CriterionKind })}
              >
                {CRITERION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`tool.criterionKind.${kind}`)}
                  </option>
                ))}
              </select>
              <input
                aria-label={`${t('tool.criterion')} ${index + 1}`}
                data-testid="criterion-text"
                maxLength={TOOL_LIMITS.criterionChars}
                value={criterion.text}
                onInput={(e) => set(index, { text: e.currentTarget.value })}
              />
              <button type="button" onClick={() => onChange(criteria.filter((_, i) => i !== index))}>
                {t('tool.remove')}
              </button>
            </div>
            <textarea
              aria-label={`${t('tool.evidence')} — ${criterion.text}`}
              placeholder={t('tool.evidence')}
              data-testid="criterion-evidence"
              rows={2}
              maxLength={TOOL_LIMITS.evidenceChars}
              value={criterion.evidence}
              onInput={(e) => set(index, { evidence: e.currentTarget.value })}
            />
          </li>
        ))}
      </ol>
      <div class="pro-row">
        <button
          type="button"
          disabled={full}
          onClick={() => onChange([...criteria, { text: '', kind: 'essential', evidence: '' }])}
        >
          {t('tool.addCriterion')}
        </button>
        <button type="button" onClick={() => onChange(detectedFrom())}>
          {t('tool.detectAgain')}
        </button>
      </div>
      {full && <p class="muted">{t('tool.tooManyCriteria', { max: TOOL_LIMITS.criteria })}</p>}
      <details>
        <summary>{t('tool.pasteLabel')}</summary>
        <textarea
          aria-label={t('tool.pasteLabel')}
          rows={5}
          value={pasted}
          onInput={(e) => setPasted(e.currentTarget.value)}
        />
        <button
          type="button"
          disabled={!pasted.trim()}
          onClick={() => {
            // Lines without an Essential/Desirable heading count as essential, one per line.
            const found = detectCriteria(pasted);
            const lines = found.length
              ? found
              : pasted
                  .split('\n')
                  .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim())
                  .filter(Boolean)
                  .map((text) => ({ text, kind: 'essential' as const }));
            const added = lines.map((c) => ({ text: c.text, kind: c.kind, evidence: '' }));
            onChange([...criteria, ...added].slice(0, TOOL_LIMITS.criteria));
            setPasted('');
          }}
        >
          {t('tool.pasteAdd')}
        </button>
      </details>
    </div>
  );
}

function WordCount({ text, limit }: { text: string; limit: number | undefined }) {
  const { t } = useI18n();
  if (!limit) return null;
  const words = countWords(text);
  return (
    <p class={words > limit ? 'alert' : 'muted'} data-testid="statement-words">
      {t('tool.words', { n: words, limit })} {words > limit && t('tool.overWords', { n: words - limit })}
    </p>
  );
}

function StatementView({ text }: { text: string }) {
  const sections = parseStatement(text);
  return (
    <div class="pro-statement">
      {sections.length
        ? sections.map((section) => (
            <div key={section.criterion}>
              <h5>{section.criterion}</h5>
              <p>{section.text}</p>
            </div>
          ))
        : text}
    </div>
  );
}

export function StatementSection({ app }: { app: Application }) {
  const { t, lang } = useI18n();
  const send = useSend();
  const progress = useProgress('statement', app.id);
  const last = app.statements?.at(-1);
  const detected = (): Criterion[] =>
    detectCriteria(app.description ?? '').map((c) => ({ text: c.text, kind: c.kind, evidence: '' }));
  // The last statement's criteria with the user's evidence, else what the job text lists.
  const [criteria, setCriteria] = useState<Criterion[]>(() => last?.criteria ?? detected());
  const [wordLimit, setWordLimit] = useState(last?.wordLimit ?? DEFAULT_WORD_LIMIT);
  const [language, setLanguage] = useState<LetterLanguage>(lang === 'es' ? 'es' : 'en');
  const request = useToolRequest(app, 'statement', send);
  const { preview } = request;
  const usable: StatementCriterion[] = criteria
    .filter((c) => c.text.trim())
    .map((c) => ({ text: c.text.trim(), kind: c.kind, evidence: c.evidence.trim() }));
  const limitOk = wordLimit >= TOOL_LIMITS.minWords && wordLimit <= TOOL_LIMITS.maxWords;
  return (
    <section class="pro-tool" aria-labelledby={`statement-title-${app.id}`} data-testid="statement">
      <h3 id={`statement-title-${app.id}`}>{t('tool.statementTitle')}</h3>
      <p class="muted">{t('tool.statementHelp')}</p>
      <Upsell text={t('tool.statementUpsell')} />
      <p class="pro-notice" role="note">
        {t('tool.aiNotice')}
      </p>
      <CriteriaEditor criteria={criteria} onChange={setCriteria} detectedFrom={detected} />
      <PrepareRow
        language={language}
        onLanguage={setLanguage}
        busy={request.busy}
        disabled={progress?.status === 'streaming' || usable.length === 0 || !limitOk}
        label={t('tool.prepareStatement')}
        onPrepare={() => void request.prepare({ language, criteria: usable, wordLimit })}
      >
        <label>
          {t('tool.wordLimit')}{' '}
          <input
            type="number"
            data-testid="word-limit"
            min={TOOL_LIMITS.minWords}
            max={TOOL_LIMITS.maxWords}
            step={50}
            value={wordLimit}
            onInput={(e) => setWordLimit(Math.round(Number(e.currentTarget.value)))}
          />
        </label>
      </PrepareRow>
      {preview && 'criteria' in preview.body && (
        <ToolPreviewPanel
          tool="statement"
          request={request}
          also={t('tool.alsoStatement', {
            ...alsoJob(t, preview.body),
            criteria: preview.body.criteria.length,
            words: preview.body.wordLimit,
          })}
        >
          <p>{t('tool.criteriaSent')}</p>
          <ol class="pro-sent-criteria" data-testid="statement-sent-criteria">
            {preview.body.criteria.map((c) => (
              <li key={`${c.kind}-${c.text}`}>
                <strong>{t(`tool.criterionKind.${c.kind}`)}</strong>: {c.text}
                {c.evidence && <> — {c.evidence}</>}
              </li>
            ))}
          </ol>
        </ToolPreviewPanel>
      )}
      <ToolOutput app={app} tool="statement" progress={progress} request={request}>
        {(version, text) => (
          <>
            <p class="pro-notice">{t('tool.aiNotice')}</p>
            <WordCount text={text} limit={app.statements?.find((d) => d.id === version.id)?.wordLimit} />
          </>
        )}
      </ToolOutput>
    </section>
  );
}
