import { useEffect, useState } from 'preact/hooks';
import type { AppError } from '../protocol/result';
import type { SubscriptionState } from '../store/schema';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import { useCachedSubscription } from './pro-source';
import { proStrings } from './pro-strings';
import './pro.css';

/**
 * The cached subscription, kept current (pro-source.ts), after asking the background once
 * to refresh it — which it does only when the cache says Pro or a checkout is pending.
 */
function useRefreshedSubscription(): SubscriptionState | null | undefined {
  const send = useSend();
  useEffect(() => {
    void send('pro-status', { refresh: true });
  }, [send]);
  return useCachedSubscription();
}

/** Plan status in words: free, Pro until/renewing, cancelled at period end. */
export function PlanStatus({ subscription }: { subscription: SubscriptionState | null | undefined }) {
  const { lang, formatDate, formatDateTime } = useI18n();
  const s = proStrings(lang);
  if (subscription === undefined) return <p class="muted">{s.checking}</p>;
  if (!subscription?.pro) {
    return (
      <div data-testid="plan">
        <p>{s.free}</p>
        {subscription && subscription.status !== 'none' && (
          <p class="muted">{s.endedStatus(subscription.status)}</p>
        )}
      </div>
    );
  }
  const end = subscription.currentPeriodEnd ? formatDate(subscription.currentPeriodEnd) : '';
  return (
    <div data-testid="plan">
      <p>
        <strong>{s.proActive}</strong>{' '}
        {end && (subscription.cancelAtPeriodEnd ? s.cancels(end) : s.renews(end))}
      </p>
      <p class="muted">{s.checkedAt(formatDateTime(subscription.checkedAt))}</p>
    </div>
  );
}

function Failure({ failure }: { failure: AppError | undefined }) {
  const { errorText } = useI18n();
  if (!failure) return null;
  return (
    <p class="alert" role="alert">
      {errorText(failure)}
    </p>
  );
}

export function GoProButton() {
  const { lang } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const [failure, setFailure] = useState<AppError | undefined>();
  const [opened, setOpened] = useState(false);
  return (
    <div class="pro-upgrade">
      <button
        type="button"
        class="primary"
        onClick={async () => {
          setFailure(undefined);
          const reply = await send('pro-checkout');
          if (reply.ok) setOpened(true);
          else setFailure(reply.error);
        }}
      >
        {s.goPro}
      </button>
      {opened && (
        <p class="muted" role="status">
          {s.checkoutOpened}
        </p>
      )}
      <Failure failure={failure} />
    </div>
  );
}

function OwnerName({ preferencesName }: { preferencesName: string | undefined }) {
  const { lang } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const [name, setName] = useState(preferencesName ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setName(preferencesName ?? ''), [preferencesName]);
  return (
    <section class="pro-block" aria-labelledby="owner-title">
      <h3 id="owner-title">{s.ownerTitle}</h3>
      <p class="muted">{s.ownerHelp}</p>
      <form
        class="pro-row"
        onSubmit={async (event) => {
          event.preventDefault();
          const reply = await send('pro-set-owner-name', { name });
          setSaved(reply.ok);
        }}
      >
        <label for="owner-name" class="sr-only">
          {s.ownerTitle}
        </label>
        <input id="owner-name" value={name} maxLength={120} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit">{s.ownerSave}</button>
        {saved && <span role="status">{s.ownerSaved}</span>}
      </form>
    </section>
  );
}

function RecoveryKey() {
  const { lang } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const [key, setKey] = useState<string | undefined>();
  return (
    <section class="pro-block" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{s.recoveryTitle}</h3>
      <p class="muted">{s.recoveryHelp}</p>
      {key ? (
        <div class="pro-row">
          <code data-testid="recovery-key">{key}</code>
          <button type="button" onClick={() => void navigator.clipboard.writeText(key)}>
            {s.recoveryCopy}
          </button>
          <button type="button" onClick={() => setKey(undefined)}>
            {s.recoveryHide}
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={async () => {
            const reply = await send('pro-recovery-key');
            if (reply.ok) setKey(reply.value.key);
          }}
        >
          {s.recoveryShow}
        </button>
      )}
    </section>
  );
}

/** `onDone` gets the sentence to show: this part unmounts once the plan changes. */
function RestorePro({ onDone }: { onDone: (notice: string) => void }) {
  const { lang } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const [key, setKey] = useState('');
  const [failure, setFailure] = useState<AppError | undefined>();
  return (
    <section class="pro-block" aria-labelledby="restore-title">
      <h3 id="restore-title">{s.restoreTitle}</h3>
      <p class="muted">{s.restoreHelp}</p>
      <form
        class="pro-row"
        onSubmit={async (event) => {
          event.preventDefault();
          setFailure(undefined);
          const trimmed = key.trim();
          if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(trimmed)) {
            setFailure({ code: 'pro-invalid-key' });
            return;
          }
          const reply = await send('pro-restore', { key: trimmed });
          if (reply.ok) onDone(s.restored);
          else setFailure(reply.error);
        }}
      >
        <label for="restore-key">{s.restoreLabel}</label>
        <input
          id="restore-key"
          value={key}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <button type="submit">{s.restore}</button>
      </form>
      <Failure failure={failure} />
    </section>
  );
}

function DeleteRecord({ onDone }: { onDone: (notice: string) => void }) {
  const { lang } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<AppError | undefined>();
  return (
    <section class="pro-block" aria-labelledby="delete-record-title">
      <h3 id="delete-record-title">{s.deleteTitle}</h3>
      <p class="muted">{s.deleteHelp}</p>
      {asking ? (
        <div class="pro-row">
          <span>{s.deleteAsk}</span>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              setFailure(undefined);
              const reply = await send('pro-delete-record', { confirm: 'delete-record' });
              setAsking(false);
              if (reply.ok) onDone(reply.value.deleted ? s.deleted : s.nothingToDelete);
              else setFailure(reply.error);
            }}
          >
            {s.deleteConfirm}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {s.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setAsking(true)}>
          {s.deleteTitle}
        </button>
      )}
      <Failure failure={failure} />
    </section>
  );
}

/** The Pro view of the tracker page (`tracker.html?view=pro`). */
export function ProSection({ ownerName }: { ownerName: string | undefined }) {
  const { lang } = useI18n();
  const s = proStrings(lang);
  const send = useSend();
  const subscription = useRefreshedSubscription();
  const [failure, setFailure] = useState<AppError | undefined>();
  const [notice, setNotice] = useState('');
  return (
    <section class="pro card-section" aria-labelledby="pro-title">
      <h2 id="pro-title">{s.title}</h2>
      <p>{s.pitch}</p>
      <PlanStatus subscription={subscription} />
      {notice && <p role="status">{notice}</p>}
      {subscription?.pro ? (
        <button
          type="button"
          onClick={async () => {
            setFailure(undefined);
            const reply = await send('pro-portal');
            if (!reply.ok) setFailure(reply.error);
          }}
        >
          {s.manage}
        </button>
      ) : (
        subscription !== undefined && <GoProButton />
      )}
      <Failure failure={failure} />
      <OwnerName preferencesName={ownerName} />
      <RecoveryKey />
      {!subscription?.pro && <RestorePro onDone={setNotice} />}
      {subscription && <DeleteRecord onDone={setNotice} />}
    </section>
  );
}
