/**
 * The JSON Schemas the browser builds its forms from, generated from the zod schemas (the single
 * source of truth): one per file kind and one per MDX component's props, with how content goes
 * between its tags.
 */
import { z } from 'zod';
import { componentSpecs } from '../schemas/components/index.ts';
import { type FileKind, fileKinds } from './files.ts';

const toJson = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

export type FormSchemas = {
  files: Record<FileKind, unknown>;
  components: Record<string, { props: unknown; children: string; example: string }>;
};

export function formSchemas(): FormSchemas {
  const files = Object.fromEntries(
    Object.entries(fileKinds).map(([kind, spec]) => [kind, toJson(spec.schema)]),
  ) as Record<FileKind, unknown>;
  const components = Object.fromEntries(
    Object.entries(componentSpecs).map(([name, spec]) => [
      name,
      { props: toJson(spec.props), children: spec.children, example: spec.example },
    ]),
  );
  return { files, components };
}
