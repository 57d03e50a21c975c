import { storage } from './storage.ts';

export type WriterEvents = {
  /** This tab writes from now on (after the tab it took over from has handed over). */
  granted(): void;
  /** Another tab writes: offer the learner to continue here. */
  busy(takeOver: () => void): void;
  /** Another tab took over: store everything, stop writing. */
  lost(): void;
};

/** How long a taking-over tab waits for the other to hand over before it goes on without it. */
export const HANDOVER_WAIT_MS = 1500;
const HEARTBEAT_MS = 2000;
const STALE_MS = 6000;

/**
 * One writer at a time per course in this browser: the Web Locks API where there is one, else a
 * heartbeat in localStorage watched through `storage` events. A tab that takes over tells the other
 * (BroadcastChannel, else the storage key), which stores its state and says it has handed over,
 * so the new writer merges that state before it writes anything.
 */
export function claimWriter(name: string, events: WriterEvents, win: Window = window): void {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  const tabId = Math.random().toString(36).slice(2);
  let writer = false;
  const lose = () => {
    if (!writer) return;
    writer = false;
    events.lost();
    channel?.postMessage({ handedOver: tabId });
    storage.set(`${name}:handed-over`, `${tabId}:${Date.now()}`);
  };
  /** Waits until the old writer says it handed over (or the wait ends: it may be gone), then writes. */
  const grantAfterHandover = (wait: boolean) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      writer = true;
      events.granted();
    };
    if (!wait) return go();
    channel?.addEventListener('message', (event: MessageEvent<{ handedOver?: string }>) => {
      if (event.data?.handedOver) go();
    });
    win.addEventListener('storage', (event: StorageEvent) => {
      if (event.key === `${name}:handed-over`) go();
    });
    win.setTimeout(go, HANDOVER_WAIT_MS);
  };

  const locks = (win.navigator as Navigator & { locks?: LockManager }).locks;
  if (locks) {
    const hold = (steal: boolean) =>
      locks
        .request(name, steal ? { steal: true } : { ifAvailable: true }, (lock) => {
          if (!lock) return events.busy(() => void hold(true));
          grantAfterHandover(steal);
          return new Promise<void>(() => undefined); // held while this page lives
        })
        .catch(lose); // stolen by another tab: AbortError
    void hold(false);
    return;
  }

  // Fallback: a heartbeat `tabId:time` in localStorage.
  const key = `${name}:heartbeat`;
  const beat = () => storage.set(key, `${tabId}:${Date.now()}`);
  const other = () => {
    const [id, at] = (storage.get(key) ?? '').split(':');
    return id && id !== tabId && Date.now() - Number(at) < STALE_MS;
  };
  const start = (wait: boolean) => {
    // Listen for the hand-over before the first beat tells the other tab to hand over.
    grantAfterHandover(wait);
    beat();
    win.setInterval(() => writer && beat(), HEARTBEAT_MS);
    win.addEventListener('storage', (event: StorageEvent) => {
      if (event.key === key && writer && other()) lose();
    });
  };
  if (other()) events.busy(() => start(true));
  else start(false);
}
