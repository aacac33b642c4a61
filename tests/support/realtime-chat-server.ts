import { startAppSyncServer, type AppSyncServer } from '../../local/appsync/http/server';
import { chatAuth, chatSchema } from './realtime-chat-api';

/** The chat API on a free port of 127.0.0.1, optionally with TLS and a fast keep-alive. */
export function startChatServer(options: { tls?: { key: string; cert: string }; keepAliveIntervalMs?: number } = {}): Promise<AppSyncServer> {
  return startAppSyncServer({
    schema: chatSchema(),
    auth: chatAuth(),
    port: 0,
    tls: options.tls,
    keepAliveIntervalMs: options.keepAliveIntervalMs,
    log: () => undefined,
  });
}
