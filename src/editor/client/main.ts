/** The editor page: the file list, one open file (form + blocks), saving, and the preview beside it. */
import { BlockList } from './blocks.ts';
import { el, FormBuilder, type Placed, problemList, type Schema } from './form.ts';

type FileEntry = { file: string; kind: string; group: string };
type Listing = {
  files: FileEntry[];
  previewUrl: string | null;
  schemas: { files: Record<string, Schema>; components: Record<string, never> };
};
type View = {
  document: { file: string; kind: string; data: unknown; blocks?: never[] };
  preview: string;
  diagnostics: Placed[];
};
type SaveResult = View & { plan: { ok: boolean; changed?: boolean; problems?: string[] } };

const editor = document.getElementById('editor') as HTMLElement;
const frame = document.getElementById('preview-frame') as HTMLIFrameElement;
let listing: Listing;
let current: { file: string; form: FormBuilder; blocks?: BlockList } | undefined;

const getJson = async <T>(url: string, init?: RequestInit): Promise<T> => {
  const response = await fetch(url, init);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error ?? response.statusText);
  return body as T;
};

function renderFiles(filter = '') {
  const box = document.getElementById('files') as HTMLElement;
  box.replaceChildren();
  const groups = Map.groupBy(
    listing.files.filter((f) => f.file.includes(filter)),
    (f) => f.group,
  );
  for (const [group, files] of groups) {
    const list = el('ul');
    for (const f of files) {
      const button = el('button', { type: 'button', 'data-file': f.file }, f.file.replace(/^(modules|quizzes)\//, ''));
      if (current?.file === f.file) button.setAttribute('aria-current', 'true');
      button.addEventListener('click', () => open(f.file));
      const item = el('li');
      item.append(button);
      list.append(item);
    }
    box.append(el('h2', {}, group), list);
  }
}

function showPreview(path: string, reload: boolean) {
  if (!listing.previewUrl) return;
  const aside = document.getElementById('preview') as HTMLElement;
  aside.hidden = false;
  const url = new URL(path, listing.previewUrl).href;
  (document.getElementById('preview-link') as HTMLAnchorElement).href = url;
  if (reload || frame.src !== url) frame.src = url;
}

function render(view: View, status = '') {
  const { document: doc, diagnostics } = view;
  const schema = listing.schemas.files[doc.kind] as Schema;
  const form = new FormBuilder(schema, diagnostics);
  const toolbar = el('div', { class: 'toolbar' });
  const save = el('button', { id: 'save', type: 'button' }, 'Opslaan');
  const statusEl = el('p', { id: 'status', role: 'status' }, status);
  toolbar.append(save, statusEl);
  const unplaced = diagnostics.filter((d) => !d.path && d.block === undefined);
  const parts: HTMLElement[] = [el('h2', { class: 'file-title' }, doc.file), toolbar];
  const fileProblems = problemList(unplaced, 'file-problems');
  if (fileProblems) parts.push(fileProblems);
  parts.push(form.build(schema, doc.data, [], true));
  const blocks = doc.blocks ? new BlockList(listing.schemas.components) : undefined;
  if (blocks && doc.blocks) parts.push(blocks.render(doc.blocks, diagnostics));
  editor.replaceChildren(...parts);
  current = { file: doc.file, form, blocks };
  save.addEventListener('click', () => saveCurrent(statusEl));
  showPreview(view.preview, false);
  renderFiles((document.getElementById('filter') as HTMLInputElement).value);
}

async function open(file: string) {
  editor.replaceChildren(el('p', { role: 'status' }, `${file} wordt geopend…`));
  render(await getJson<View>(`/api/document?file=${encodeURIComponent(file)}`));
  editor.focus();
}

async function saveCurrent(statusEl: HTMLElement) {
  if (!current) return;
  const edits = { fields: current.form.changes(), blocks: current.blocks?.edits() };
  statusEl.textContent = 'Bezig met opslaan en controleren…';
  const result = await getJson<SaveResult>('/api/save', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ file: current.file, edits }),
  });
  if (!result.plan.ok) {
    statusEl.textContent = 'Niet opgeslagen. Los eerst op:';
    const list = el('ul', { class: 'save-problems' });
    for (const p of result.plan.problems ?? []) list.append(el('li', {}, p));
    statusEl.after(list);
    return;
  }
  const count = result.diagnostics.length;
  const message = result.plan.changed ? 'Opgeslagen.' : 'Er was niets veranderd.';
  render(
    result,
    count
      ? `${message} De controle vond ${count} punt(en) in dit bestand; zie hieronder.`
      : `${message} De controle vond geen problemen in dit bestand.`,
  );
  showPreview(result.preview, true);
}

listing = await getJson<Listing>('/api/files');
(document.getElementById('filter') as HTMLInputElement).addEventListener('input', (e) =>
  renderFiles((e.target as HTMLInputElement).value),
);
renderFiles();
const requested = new URLSearchParams(location.search).get('file');
if (requested) await open(requested);
document.body.dataset.ready = 'true';
