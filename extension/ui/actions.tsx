import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Send, send } from '../protocol/send';

/**
 * How UI components ask the background for a write: the protocol's one client. Pages use
 * the real one; component tests provide a fake and check what was asked.
 */
export const ActionsContext = createContext<Send>(send);
export const useSend = () => useContext(ActionsContext);
