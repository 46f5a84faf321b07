import type { MessageType, Payload } from '../../protocol';
import type { CV_PROTOCOL } from '../../protocol/cv';
import { useSend } from '../actions';
import { useI18n } from '../i18n-context';

type CvMessage = keyof typeof CV_PROTOCOL & MessageType;

/**
 * The CV section's writes: each sends its request and answers undefined when it worked,
 * else the error as a sentence in the UI language. The versions themselves come from the
 * page's data (store/reader.ts), which follows the changes these writes make.
 */
export function useCvActions(): <K extends CvMessage>(
  type: K,
  payload: Payload<K>,
) => Promise<string | undefined> {
  const send = useSend();
  const { errorText } = useI18n();
  return async (type, payload) => {
    const result = await send(type, payload);
    return result.ok ? undefined : errorText(result.error);
  };
}
