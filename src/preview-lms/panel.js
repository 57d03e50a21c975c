// @ts-check
/** The harness page's live panel: status line, the LMS's activity completion, CMI data, stores with their bytes, call log, and the JSON download. */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * @param {{ status: () => string, activity: () => { complete: boolean, grade: number | null } | null, cmi: () => unknown,
 *   calls: () => Array<{ n: number, fn: string, args: unknown[], result: string, error: string, note?: string }>,
 *   stores: () => Array<{ session: number, fn: string, channel: string, bytes: number, sent: boolean }>, notes: () => string[], dump: () => unknown }} source
 */
export function createPanel(source) {
  let shownCalls = 0;
  let shownNotes = 0;
  let pending = false;

  function render() {
    pending = false;
    $('status').textContent = source.status();
    const activity = source.activity();
    $('activity').hidden = !activity;
    if (activity)
      $('activity').textContent =
        `Activity (passed or completed): ${activity.complete ? 'complete' : 'not complete'} · grade ${activity.grade ?? '–'}`;
    $('cmi').textContent = JSON.stringify(source.cmi(), null, 2);
    const stores = source.stores();
    $('store-count').textContent = String(stores.length);
    $('stores').replaceChildren(
      ...stores.map((s) =>
        Object.assign(document.createElement('li'), {
          textContent: `session ${s.session} · ${s.fn} · ${s.channel} · ${s.bytes.toLocaleString('en')} bytes${s.sent ? '' : ' · REFUSED'}`,
          className: s.sent ? '' : 'error',
        }),
      ),
    );
    const calls = source.calls();
    if (calls.length < shownCalls) {
      $('log').replaceChildren();
      shownCalls = 0;
      shownNotes = 0;
    }
    for (const call of calls.slice(shownCalls)) {
      const args = call.args.map((a) => JSON.stringify(a)).join(', ');
      const error = call.error && call.error !== '0' ? ` [error ${call.error}]` : '';
      add(
        `${call.fn}(${args}) → ${JSON.stringify(call.result)}${error}${call.note ? ` (${call.note})` : ''}`,
        error ? 'error' : '',
      );
    }
    shownCalls = calls.length;
    for (const note of source.notes().slice(shownNotes)) add(`LMS: ${note}`, 'note');
    shownNotes = source.notes().length;
    $('call-count').textContent = String(calls.length);
  }

  function add(/** @type {string} */ text, /** @type {string} */ className) {
    const li = document.createElement('li');
    li.textContent = text;
    if (className) li.className = className;
    $('log').prepend(li);
  }

  $('download').addEventListener('click', () => {
    const blob = new Blob([JSON.stringify(source.dump(), null, 2)], { type: 'application/json' });
    const a = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: 'scorm-preview-data.json',
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });

  return {
    /** Re-render at the next frame (many API calls in a row render once). */
    update() {
      if (!pending) {
        pending = true;
        requestAnimationFrame(render);
      }
    },
    /** @param {string} message */
    fail(message) {
      $('status').textContent = message;
    },
  };
}
