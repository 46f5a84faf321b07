import { useEffect, useState } from 'preact/hooks';
import type { Stage } from '../store/schema';
import { useSend } from './actions';
import { useI18n } from './i18n-context';

/** A new stage's id from its label: lowercase ASCII words joined by dashes, unique. */
export function stageIdFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'stage';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Rename, add, reorder and remove stages; the background refuses removing one in use. */
export function StagesEditor({ stages, used }: { stages: readonly Stage[]; used: ReadonlySet<string> }) {
  const { t, stageLabel, errorText } = useI18n();
  const send = useSend();
  const [draft, setDraft] = useState<Stage[]>(() =>
    stages.map((stage) => ({ ...stage, label: stageLabel(stage) })),
  );
  const [newLabel, setNewLabel] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  useEffect(() => setDraft(stages.map((stage) => ({ ...stage, label: stageLabel(stage) }))), [stages]);

  const move = (index: number, by: number) => {
    const next = [...draft];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + by, 0, item);
    setDraft(next);
  };
  return (
    <form
      class="stages"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await send('set-stages', { stages: draft });
        setMessage(result.ok ? { ok: true, text: t('saved') } : { ok: false, text: errorText(result.error) });
      }}
    >
      <p class="muted">{t('stagesHelp')}</p>
      <ol class="stages__list">
        {draft.map((stage, index) => (
          <li key={stage.id} class="stages__item">
            <label class="sr-only" for={`stage-${stage.id}`}>
              {t('stageLabel', { n: index + 1 })}
            </label>
            <input
              id={`stage-${stage.id}`}
              value={stage.label}
              maxLength={40}
              required
              onInput={(e) =>
                setDraft(
                  draft.map((s) =>
                    s.id === stage.id ? { ...s, label: (e.currentTarget as HTMLInputElement).value } : s,
                  ),
                )
              }
            />
            <button
              type="button"
              aria-label={t('moveUp', { stage: stage.label })}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t('moveDown', { stage: stage.label })}
              disabled={index === draft.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t('removeStage', { stage: stage.label })}
              disabled={used.has(stage.id) || draft.length === 1}
              onClick={() => setDraft(draft.filter((s) => s.id !== stage.id))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <div class="stages__add">
        <label class="sr-only" for="stage-new">
          {t('newStage')}
        </label>
        <input
          id="stage-new"
          placeholder={t('newStage')}
          maxLength={40}
          value={newLabel}
          onInput={(e) => setNewLabel((e.currentTarget as HTMLInputElement).value)}
        />
        <button
          type="button"
          disabled={!newLabel.trim() || draft.length >= 20}
          onClick={() => {
            const id = stageIdFor(newLabel, new Set(draft.map((s) => s.id)));
            setDraft([...draft, { id, label: newLabel.trim() }]);
            setNewLabel('');
          }}
        >
          {t('addStage')}
        </button>
      </div>
      <button type="submit" class="primary">
        {t('saveStages')}
      </button>
      {message && (
        <p class={message.ok ? 'muted' : 'alert'} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
