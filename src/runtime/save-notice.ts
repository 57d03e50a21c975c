import type { SaveState } from './scorm/session.ts';

/** The learner's notice for what did not reach the LMS: text and a technical detail line, or null. */
export function saveNotice(save: SaveState, ui: (key: string, values?: Record<string, string>) => string) {
  const refused = save.refused.map(([element, , code]) => `${element} (${code})`);
  const undelivered = save.undelivered.map(([element]) => element);
  if (refused.length) {
    // A refused suspend_data is the progress itself: the loudest of the notices.
    const progress = save.refused.some(([element]) => element === 'cmi.suspend_data');
    return {
      text: ui(progress ? 'progressRefused' : 'progressPartRefused'),
      detail: ui('saveDetails', { elements: [...refused, ...undelivered].join(', ') }),
      alert: true,
    };
  }
  if (undelivered.length)
    return {
      text: ui('progressNotDelivered'),
      detail: ui('saveDetails', { elements: undelivered.join(', ') }),
      alert: true,
    };
  if (save.retrying.length) return { text: ui('progressSaveFailed'), detail: '', alert: false };
  return null;
}
