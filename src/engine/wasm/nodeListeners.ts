// Node only. Emscripten's Node glue (inside tfjs-backend-wasm) adds process handlers that rethrow
// every unhandled rejection and uncaught exception, written for programs rather than libraries: an
// ordinary rejected promise anywhere in the process then kills it (it crashed the test runner).
// The engine is a library, so it takes back whatever handlers appeared while the module started.

type Event = 'uncaughtException' | 'unhandledRejection';
type Listener = (...args: unknown[]) => void;

const EVENTS: readonly Event[] = ['uncaughtException', 'unhandledRejection'];

function listenersOf(event: Event): Listener[] {
  return process.listeners(event as 'uncaughtException') as Listener[];
}

/** Runs start(); in Node, removes the process handlers added meanwhile. */
export async function withoutNewProcessHandlers<T>(start: () => Promise<T>): Promise<T> {
  const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
  if (!inNode) return start();
  const before = new Map(EVENTS.map((e) => [e, listenersOf(e)]));
  try {
    return await start();
  } finally {
    for (const event of EVENTS)
      for (const listener of listenersOf(event))
        if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
  }
}
