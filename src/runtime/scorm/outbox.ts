import type { SaveState } from './session.ts';

/**
 * The device copy of LMS values that did not arrive: refused ones (kept, never resent: the LMS
 * would refuse them again) and undelivered ones (resent at the next launch). Progress itself is
 * kept in the device backup of the state; the outbox keeps what the state cannot rebuild, the
 * interaction records.
 */
export type Outbox = { unsent: [string, string][]; refused: [string, string, string][] };

const INTERACTION = /^cmi\.interactions\.(\d+)\.(.+)$/;

export const emptyOutbox = (): Outbox => ({ unsent: [], refused: [] });

/**
 * The outbox now: the session's interaction values not yet delivered (what an earlier launch left
 * is resent through the session, so it is among them) and every refusal so far.
 */
export function outboxFrom(save: SaveState, before: Outbox): Outbox {
  const unsent = [...save.retrying, ...save.undelivered].filter(([key]) => INTERACTION.test(key));
  const refused = new Map(before.refused.map((r) => [r[0], r]));
  for (const r of save.refused) refused.set(r[0], r);
  return { unsent, refused: [...refused.values()] };
}

export function parseOutbox(text: string | null): Outbox {
  try {
    const data = JSON.parse(text ?? '') as Outbox;
    const pairs = (list: unknown) =>
      Array.isArray(list) && list.every((p) => Array.isArray(p) && p.every((x) => typeof x === 'string'));
    return pairs(data.unsent) && pairs(data.refused) ? data : emptyOutbox();
  } catch {
    return emptyOutbox();
  }
}

/**
 * Undelivered interaction records renumbered after the ones the LMS already holds (`count`),
 * record by record, in their first order.
 */
export function renumber(unsent: [string, string][], count: number): [string, string][] {
  const numbers = new Map<string, number>();
  const values = new Map<string, string>();
  for (const [key, value] of unsent) {
    const [, n, field] = INTERACTION.exec(key)!;
    if (!numbers.has(n!)) numbers.set(n!, count + numbers.size);
    values.set(`cmi.interactions.${numbers.get(n!)}.${field}`, value);
  }
  return [...values];
}
