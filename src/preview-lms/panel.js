// @ts-check
/** The harness page's live panel: status line, CMI data, call log, and the JSON download. */

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * @param {{ status: () => string, cmi: () => unknown, calls: () => Array<{ n: number, fn: string, args: unknown[], result: string, error: string, note?: string }>, notes: () => string[], dump: () => unknown }} source
 */
export function createPanel(source) {
  let shownCalls = 0;
  let shownNotes = 0;
  let pending = false;

  function render() {
    pending = false;
    $('status').textContent = source.status();
    $('cmi').textContent = JSON.stringify(source.cmi(), null, 2);
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
