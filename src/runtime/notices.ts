/** Shows messages in the page's polite live region, each once. */
export function showNotices(messages: string[]): void {
  const region = document.querySelector<HTMLElement>('[data-notices]');
  if (!region || messages.length === 0) return;
  for (const message of messages) {
    const p = document.createElement('p');
    p.className = 'notice';
    p.textContent = message;
    region.append(p);
  }
}
