import axe from 'axe-core';
import { type ComponentChildren, render } from 'preact';
import type { Language } from '../../../extension/i18n/strings';
import type { Wire } from '../../../extension/protocol';
import type { Result } from '../../../extension/protocol/result';
import type { Send } from '../../../extension/protocol/send';
import { ActionsContext } from '../../../extension/ui/actions';
import { I18nProvider } from '../../../extension/ui/i18n-context';

/** Renders a component with a language and a fake background that records every request. */
export function mount(
  node: ComponentChildren,
  {
    lang = 'en',
    answer,
  }: {
    lang?: Language;
    /** The value the fake background answers, or a whole Result (e.g. a failure). */
    answer?: (message: Wire) => unknown;
  } = {},
) {
  const host = document.createElement('div');
  host.style.height = '600px';
  host.style.display = 'flex';
  host.style.flexDirection = 'column';
  document.body.append(host);
  const sent: Wire[] = [];
  // A test double: answers whatever the test says, typed as the protocol's reply.
  const send = (async (type: Wire['type'], payload?: object) => {
    const message = { ...payload, type } as Wire;
    sent.push(message);
    const value = answer?.(message) ?? null;
    const isResult = typeof value === 'object' && value !== null && 'ok' in value;
    return (isResult ? value : { ok: true, value }) as Result<unknown>;
  }) as Send;
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

/** axe's serious and critical findings in `root`, one line each (an empty list passes). */
export async function seriousViolations(root: Element) {
  const result = await axe.run(root, { resultTypes: ['violations'] });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The shared-filter summary's parts as read ("Indeed · reached an interview"), '' when none. */
export function filterSummary(root: ParentNode): string {
  return [...root.querySelectorAll('.filter-summary__part')]
    .map((part) => part.textContent?.replace('×', '').trim())
    .join(' · ');
}
