/**
 * The editor's one load/save path. `loadDocument` reads a course file into what the forms need;
 * `planSave` computes the new text from edits (pure, and validated against the file's zod schema);
 * `saveDocument` writes it atomically. Saving without edits writes the file's own bytes back.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type FileKind, fileKinds, isMdxKind, resolveCourseFile } from './files.ts';
import { type Block, readModuleLayout } from './mdx-blocks.ts';
import { applyModuleEdits, type ModuleEdits } from './mdx-splice.ts';
import { applyYamlEdits, type YamlEdit } from './yaml-splice.ts';

export type EditorDocument = {
  file: string;
  kind: FileKind;
  text: string;
  /** The YAML data (frontmatter for a module). */
  data: unknown;
  /** Body blocks of a module. */
  blocks?: Block[];
};

export type Edits = { fields?: YamlEdit[]; blocks?: ModuleEdits['blocks'] };

export function documentFromText(file: string, kind: FileKind, text: string): EditorDocument {
  if (!isMdxKind(kind)) return { file, kind, text, data: parse(text) };
  const layout = readModuleLayout(text, file);
  return { file, kind, text, data: parse(layout.frontmatter.text), blocks: layout.blocks };
}

export function loadDocument(root: string, file: string): EditorDocument {
  const { path, kind } = resolveCourseFile(root, file);
  return documentFromText(file, kind, readFileSync(path, 'utf8'));
}

/** Messages of the schema's issues, as `field.path: message`. */
const schemaProblems = (kind: FileKind, data: unknown) => {
  const result = fileKinds[kind].schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
};

export type SavePlan = { ok: true; text: string; changed: boolean } | { ok: false; problems: string[] };

/** The new text for `edits`, or the reasons it cannot be saved (nothing the schema rejects is written). */
export function planSave(doc: EditorDocument, edits: Edits): SavePlan {
  let text: string;
  try {
    text = isMdxKind(doc.kind)
      ? applyModuleEdits(doc.text, { frontmatter: edits.fields, blocks: edits.blocks }, doc.file)
      : applyYamlEdits(doc.text, edits.fields ?? []);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const problems = schemaProblems(doc.kind, documentFromText(doc.file, doc.kind, text).data);
  return problems.length ? { ok: false, problems } : { ok: true, text, changed: text !== doc.text };
}

/** Write `text` to `path` atomically: a temporary file beside it, then a rename. */
export function writeAtomically(path: string, text: string) {
  const temporary = `${path}.${process.pid}.editor-tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

/** Load, apply `edits`, validate and write; the file is untouched when anything is wrong. */
export function saveDocument(root: string, file: string, edits: Edits): SavePlan {
  const doc = loadDocument(root, file);
  const plan = planSave(doc, edits);
  if (plan.ok && plan.changed) writeAtomically(resolveCourseFile(root, file).path, plan.text);
  return plan;
}
