import { type ComponentChildren, render } from 'preact';
import type { Language } from '../../../extension/i18n/strings';
import { ActionsContext, type SendUi } from '../../../extension/ui/actions';
import { I18nProvider } from '../../../extension/ui/i18n-context';
import type { UiMessage } from '../../../shared/messages';

/** Renders a component with a language and a fake background that records every request. */
export function mount(
  node: ComponentChildren,
  { lang = 'en', answer }: { lang?: Language; answer?: (message: UiMessage) => unknown } = {},
) {
  const host = document.createElement('div');
  host.style.height = '600px';
  host.style.display = 'flex';
  host.style.flexDirection = 'column';
  document.body.append(host);
  const sent: UiMessage[] = [];
  const send: SendUi = async (message) => {
    sent.push(message);
    return { ok: true, value: answer?.(message) ?? null };
  };
  const view = (child: ComponentChildren) =>
    render(
      <ActionsContext.Provider value={send}>
        <I18nProvider lang={lang}>{child}</I18nProvider>
      </ActionsContext.Provider>,
      host,
    );
  view(node);
  return {
    host,
    sent,
    rerender: view,
    unmount() {
      render(null, host);
      host.remove();
    },
  };
}
