/**
 * VS Code snippets for every MDX component and every question type, generated from the component
 * specs and the question-type registry so they cannot drift (`npm run snippets` writes
 * `.vscode/course.code-snippets`; a test fails when the file is stale).
 */
import { z } from 'zod';
import { componentSpecs } from '../schemas/components/index.ts';
import { questionTypes } from '../quiz/types/index.ts';
import { reflectionPrompt } from '../quiz/types/reflection/question.ts';

export const snippetsFile = '.vscode/course.code-snippets';

type Snippet = { scope: string; prefix: string; description: string; body: string[] };
type PropSchema = { type?: string; enum?: string[]; description?: string };

/** One prop as a tab stop: enums as a choice, arrays as a JSON list, text as a placeholder. */
function propStop(name: string, prop: PropSchema, stop: number): string {
  if (prop.enum) return `${name}="\${${stop}|${prop.enum.join(',')}|}"`;
  if (prop.type === 'array') return `${name}={["\${${stop}:${name}}"]}`;
  return `${name}="\${${stop}:${name}}"`;
}

function componentSnippet(name: string, spec: (typeof componentSpecs)[keyof typeof componentSpecs]): Snippet {
  const json = z.toJSONSchema(spec.props, { io: 'input' }) as { properties?: Record<string, PropSchema> };
  const props = Object.entries(json.properties ?? {}).map(([prop, schema], i) => ` ${propStop(prop, schema, i + 1)}`);
  const open = `<${name}${props.join('')}`;
  const body = spec.children === 'none' ? [`${open} />`] : [`${open}>`, '\t$0', `</${name}>`];
  const description = `${name}: ${spec.example}`;
  return { scope: 'mdx', prefix: name, description, body };
}

/** A question type's example from its registry entry, with the id as the first tab stop. */
function questionSnippet(type: string, example: (id: string) => string): Snippet {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a VS Code tab stop, not a template
  const lines = example('${1:vraag-id}').split('\n');
  return { scope: 'yaml', prefix: `vraag-${type}`, description: `Quiz question of type \`${type}\``, body: lines };
}

export function buildSnippets(): Record<string, Snippet> {
  const components = Object.entries(componentSpecs).map(([name, spec]) => [
    `Component ${name}`,
    componentSnippet(name, spec),
  ]);
  const questions = [...Object.entries(questionTypes), ['reflection', reflectionPrompt] as const].map(([type, def]) => [
    `Question ${type}`,
    questionSnippet(type, def.example),
  ]);
  return Object.fromEntries([...components, ...questions]);
}

export const snippetsText = () => `${JSON.stringify(buildSnippets(), null, 2)}\n`;
