import * as v from 'valibot';
import { browser } from '#imports';
import type { Browser } from '#imports';
import type { ProtocolMap } from './protocol';
import { onMessage } from './protocol';
import { MESSAGE_SCHEMAS } from './schemas';

/** Who may send a message: Qari's content script in a tab's top frame, or one of Qari's own pages. */
export type MessageSource = 'content-script' | 'extension-page';

type MessageData<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];
type Sender = Browser.runtime.MessageSender;

/** Whether `sender` is this extension, speaking from where `source` says it must. */
export function isTrustedSender(sender: Sender, source: MessageSource): boolean {
  if (sender.id !== browser.runtime.id) return false;
  if (source === 'content-script') {
    return sender.tab?.id !== undefined && sender.frameId === 0 && /^https?:/.test(sender.url ?? '');
  }
  return (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/**
 * Listens for one message type and hands the handler only messages that come from `source` and
 * whose data matches the type's schema; anything else is dropped without an answer or an effect.
 */
export function onValidMessage<K extends keyof ProtocolMap>(
  type: K,
  source: MessageSource,
  handler: (data: MessageData<K>, sender: Sender) => ReturnType<ProtocolMap[K]>,
): () => void {
  const schema = MESSAGE_SCHEMAS[type] as v.GenericSchema<MessageData<K>>;
  return onMessage(type, (message) => {
    if (!isTrustedSender(message.sender, source)) return undefined as ReturnType<ProtocolMap[K]>;
    const parsed = v.safeParse(schema, message.data);
    if (!parsed.success) return undefined as ReturnType<ProtocolMap[K]>;
    return handler(parsed.output, message.sender);
  });
}
