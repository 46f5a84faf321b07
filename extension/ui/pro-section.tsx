import { useEffect, useState } from 'preact/hooks';
import type { AppError } from '../protocol/result';
import type { SubscriptionState } from '../store/schema';
import { useSend } from './actions';
import { useI18n } from './i18n-context';
import { useCachedSubscription } from './pro-source';
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
  const { t, formatDate, formatDateTime } = useI18n();
  if (subscription === undefined) return <p class="muted">{t('pro.checking')}</p>;
  if (!subscription?.pro) {
    return (
      <div data-testid="plan">
        <p>{t('pro.free')}</p>
        {subscription && subscription.status !== 'none' && (
          <p class="muted">{t('pro.endedStatus', { status: subscription.status })}</p>
        )}
      </div>
    );
  }
  const end = subscription.currentPeriodEnd ? formatDate(subscription.currentPeriodEnd) : '';
  return (
    <div data-testid="plan">
      <p>
        <strong>{t('pro.proActive')}</strong>{' '}
        {end && t(subscription.cancelAtPeriodEnd ? 'pro.cancels' : 'pro.renews', { date: end })}
      </p>
      <p class="muted">{t('pro.checkedAt', { date: formatDateTime(subscription.checkedAt) })}</p>
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
  const { t } = useI18n();
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
        {t('pro.goPro')}
      </button>
      {opened && (
        <p class="muted" role="status">
          {t('pro.checkoutOpened')}
        </p>
      )}
      <Failure failure={failure} />
    </div>
  );
}

function OwnerName({ preferencesName }: { preferencesName: string | undefined }) {
  const { t } = useI18n();
  const send = useSend();
  const [name, setName] = useState(preferencesName ?? '');
  const [saved, setSaved] = useState(false);
  useEffect(() => setName(preferencesName ?? ''), [preferencesName]);
  return (
    <section class="pro-block" aria-labelledby="owner-title">
      <h3 id="owner-title">{t('pro.ownerTitle')}</h3>
      <p class="muted">{t('pro.ownerHelp')}</p>
      <form
        class="pro-row"
        onSubmit={async (event) => {
          event.preventDefault();
          const reply = await send('pro-set-owner-name', { name });
          setSaved(reply.ok);
        }}
      >
        <label for="owner-name" class="sr-only">
          {t('pro.ownerTitle')}
        </label>
        <input id="owner-name" value={name} maxLength={120} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit">{t('pro.ownerSave')}</button>
        {saved && <span role="status">{t('pro.ownerSaved')}</span>}
      </form>
    </section>
  );
}

function RecoveryKey() {
  const { t } = useI18n();
  const send = useSend();
  const [key, setKey] = useState<string | undefined>();
  return (
    <section class="pro-block" aria-labelledby="recovery-title">
      <h3 id="recovery-title">{t('pro.recoveryTitle')}</h3>
      <p class="muted">{t('pro.recoveryHelp')}</p>
      {key ? (
        <div class="pro-row">
          <code data-testid="recovery-key">{key}</code>
          <button type="button" onClick={() => void navigator.clipboard.writeText(key)}>
            {t('pro.recoveryCopy')}
          </button>
          <button type="button" onClick={() => setKey(undefined)}>
            {t('pro.recoveryHide')}
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
          {t('pro.recoveryShow')}
        </button>
      )}
    </section>
  );
}

/** `onDone` gets the sentence to show: this part unmounts once the plan changes. */
function RestorePro({ onDone }: { onDone: (notice: string) => void }) {
  const { t } = useI18n();
  const send = useSend();
  const [key, setKey] = useState('');
  const [failure, setFailure] = useState<AppError | undefined>();
  return (
    <section class="pro-block" aria-labelledby="restore-title">
      <h3 id="restore-title">{t('pro.restoreTitle')}</h3>
      <p class="muted">{t('pro.restoreHelp')}</p>
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
          if (reply.ok) onDone(t('pro.restored'));
          else setFailure(reply.error);
        }}
      >
        <label for="restore-key">{t('pro.restoreLabel')}</label>
        <input
          id="restore-key"
          value={key}
          autocomplete="off"
          spellcheck={false}
          onInput={(e) => setKey(e.currentTarget.value)}
        />
        <button type="submit">{t('pro.restore')}</button>
      </form>
      <Failure failure={failure} />
    </section>
  );
}

function DeleteRecord({ onDone }: { onDone: (notice: string) => void }) {
  const { t } = useI18n();
  const send = useSend();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<AppError | undefined>();
  return (
    <section class="pro-block" aria-labelledby="delete-record-title">
      <h3 id="delete-record-title">{t('pro.deleteTitle')}</h3>
      <p class="muted">{t('pro.deleteHelp')}</p>
      {asking ? (
        <div class="pro-row">
          <span>{t('pro.deleteAsk')}</span>
          <button
            type="button"
            class="danger"
            onClick={async () => {
              setFailure(undefined);
              const reply = await send('pro-delete-record', { confirm: 'delete-record' });
              setAsking(false);
              if (reply.ok) onDone(reply.value.deleted ? t('pro.deleted') : t('pro.nothingToDelete'));
              else setFailure(reply.error);
            }}
          >
            {t('pro.deleteConfirm')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('pro.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setAsking(true)}>
          {t('pro.deleteTitle')}
        </button>
      )}
      <Failure failure={failure} />
    </section>
  );
}

/** The Pro view of the tracker page (`tracker.html?view=pro`). */
export function ProSection({ ownerName }: { ownerName: string | undefined }) {
  const { t } = useI18n();
  const send = useSend();
  const subscription = useRefreshedSubscription();
  const [failure, setFailure] = useState<AppError | undefined>();
  const [notice, setNotice] = useState('');
  return (
    <section class="pro card-section" aria-labelledby="pro-title">
      <h2 id="pro-title">{t('pro.title')}</h2>
      <p>{t('pro.pitch')}</p>
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
          {t('pro.manage')}
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
