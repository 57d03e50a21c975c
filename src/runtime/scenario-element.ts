import { scenarioRatings, type ScenarioRating } from '../progress/state.ts';
import { ui, type CourseHost } from './host.ts';

/** Creates an element with a class and text; the player builds its stage from these and clones. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

const button = (label: string, primary: boolean, onClick: () => void) => {
  const b = el('button', primary ? 'button button--primary' : 'button', label);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
};

/** Copies of an element's children (authored text from the build, no ids inside). */
const copyOf = (from: Element | null) => [...(from?.children ?? [])].map((c) => c.cloneNode(true));

/**
 * The branching scenario player. The markup is the whole scenario as a list (what shows without
 * JavaScript); the player reads it and shows one situation at a time: choices as buttons, then what
 * happens and why, then "Verder"; an ending with its rating in words, then "Opnieuw spelen". Focus
 * moves to each new piece and a live region names it. A play to an ending goes to the host.
 */
export function defineScenarioElement(host: CourseHost): void {
  customElements.define(
    'course-scenario',
    class extends HTMLElement {
      private path: string[] = [];
      private started = Date.now();
      private labels: Record<ScenarioRating, string> = { goed: '', acceptabel: '', heroverwegen: '' };

      connectedCallback() {
        this.labels = JSON.parse(this.querySelector('[data-labels]')!.textContent!);
        this.classList.add('is-playing');
        this.stage.hidden = false;
        // Print shows the whole scenario, every choice opened, as without JavaScript.
        window.addEventListener('beforeprint', () => {
          for (const d of this.querySelectorAll('details')) d.open = true;
        });
        this.showBest();
        this.showNode(this.dataset.start!, false);
      }

      private get scenarioId() {
        return this.dataset.scenarioId!;
      }
      private get stage() {
        return this.querySelector<HTMLElement>('[data-stage]')!;
      }

      private announce(text: string) {
        const region = this.querySelector('[data-announce]')!;
        // Emptied first, so the same text twice in a row is read again.
        region.textContent = '';
        setTimeout(() => {
          region.textContent = text;
        }, 50);
      }

      /** Puts `nodes` on the stage and moves focus to the first, unless the page just opened. */
      private show(nodes: Node[], focus: HTMLElement, moveFocus: boolean) {
        this.stage.replaceChildren(...nodes);
        focus.tabIndex = -1;
        if (moveFocus) focus.focus();
      }

      private showBest() {
        const record = host.state().scenarios.get(this.scenarioId);
        const best = this.querySelector<HTMLElement>('[data-best]')!;
        best.hidden = !record;
        if (record)
          best.textContent = ui('scenarioBest', {
            rating: this.labels[scenarioRatings[record.best]],
            plays: record.plays,
          });
      }

      private showNode(nodeId: string, moveFocus = true) {
        const node = this.querySelector(`[data-node="${nodeId}"]`);
        if (!node) return this.showEnding(nodeId);
        const title = el('h3', 'scenario__node-title', node.querySelector('[data-node-title]')!.textContent!);
        const situation = el('div', 'scenario__situation');
        situation.append(...copyOf(node.querySelector('[data-situation]')));
        const list = el('ul', 'scenario__buttons');
        list.setAttribute('aria-label', ui('scenarioWhatDoYouDo'));
        for (const choice of node.querySelectorAll<HTMLElement>('[data-choice]')) {
          const item = el('li');
          item.append(button(choice.querySelector('summary')!.textContent!, false, () => this.choose(choice)));
          list.append(item);
        }
        this.show([title, situation, el('p', 'scenario__ask', ui('scenarioWhatDoYouDo')), list], title, moveFocus);
        if (moveFocus) this.announce(ui('scenarioAnnounceNode', { n: (node as HTMLElement).dataset.number! }));
      }

      private choose(choice: HTMLElement) {
        this.path.push(choice.dataset.choice!);
        const outcome = el('div', 'scenario__outcome');
        const chosen = el('p', 'scenario__chosen');
        chosen.append(
          el('strong', '', ui('scenarioYouChose', { choice: choice.querySelector('summary')!.textContent! })),
        );
        outcome.append(chosen, ...copyOf(choice.querySelector('[data-consequence]')));
        outcome.append(...copyOf(choice.querySelector('[data-feedback]')));
        const actions = el('div', 'scenario__actions');
        actions.append(button(ui('scenarioContinue'), true, () => this.showNode(choice.dataset.next!)));
        this.show([outcome, actions], outcome, true);
        this.announce(ui('scenarioAnnounceOutcome'));
      }

      private showEnding(endingId: string) {
        const ending = this.querySelector<HTMLElement>(`[data-ending="${endingId}"]`);
        if (!ending) return;
        const rating = ending.dataset.rating as ScenarioRating;
        const title = el('h3', 'scenario__ending-title', ending.querySelector('[data-ending-title]')!.textContent!);
        const box = el('div', `scenario__ending scenario__ending--${rating}`);
        box.append(title, el('p', 'scenario__rating', ending.querySelector('[data-rating-label]')!.textContent!));
        box.append(...copyOf(ending.querySelector('[data-ending-text]')));
        const actions = el('div', 'scenario__actions');
        actions.append(button(ui('scenarioRestart'), true, () => this.restart()));
        host.recordScenario(this.scenarioId, {
          path: this.path,
          ending: endingId,
          rating,
          at: new Date(),
          latencyMs: Date.now() - this.started,
        });
        this.showBest();
        this.show([box, actions], title, true);
        this.announce(ui('scenarioAnnounceEnding', { title: ending.dataset.title ?? '', rating: this.labels[rating] }));
      }

      private restart() {
        this.path = [];
        this.started = Date.now();
        this.showNode(this.dataset.start!);
      }
    },
  );
}
