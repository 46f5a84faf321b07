import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Result, UiMessage } from '../../shared/messages';

/**
 * How UI components ask the background for a write. Pages provide the real sender;
 * component tests provide a fake and check what was asked.
 */
export type SendUi = (message: UiMessage) => Promise<Result<unknown>>;

export const sendToBackground: SendUi = async (message) => {
  try {
    return (await chrome.runtime.sendMessage(message)) as Result<unknown>;
  } catch (error) {
    return { ok: false, error: { code: 'internal', message: (error as Error).message } };
  }
};

export const ActionsContext = createContext<SendUi>(sendToBackground);
export const useSend = () => useContext(ActionsContext);
