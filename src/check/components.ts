/** Rule family `component`: known components, their props, reflection ids and glossary terms. */
import { idSchema } from '../schemas/common.ts';
import { type ComponentSpec, componentSpecs } from '../schemas/components/index.ts';
import { didYouMean, friendlyIssues } from '../schemas/friendly-errors.ts';
import { attribute, jsxElements, startOf, stringAttribute, type JsxElement } from '../markdown/placement.ts';
import type { ModuleFile, Rule } from './model.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';

const hint = (value: string, candidates: Iterable<string>) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

export type Problem = { at: object; message: string };

/** What an expression prop holds, when it is a literal the checker can read (`{["a", "b"]}`, `{3}`). */
function literalValue(expression: unknown): { value: unknown } | undefined {
  const node = expression as { type?: string; value?: unknown; elements?: unknown[] } | undefined;
  if (node?.type === 'Literal') return { value: node.value };
  if (node?.type !== 'ArrayExpression') return undefined;
  const items = node.elements!.map(literalValue);
  return items.every(Boolean) ? { value: items.map((i) => i!.value) } : undefined;
}

/** The element's props as data for its schema; spreads and expressions the checker cannot read are problems. */
function propsOf(element: JsxElement, example: string): { props: Record<string, unknown>; problems: Problem[] } {
  const props: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const tag = `<${element.name}>`;
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute') {
      problems.push({
        at: attr,
        message: `${tag} does not take \`{...}\` spread props. Write each prop out, for example ${example}.`,
      });
      continue;
    }
    const value = attr.value;
    if (value === null || value === undefined) props[attr.name] = true;
    else if (typeof value === 'string') props[attr.name] = value;
    else {
      const literal = literalValue((value.data?.estree?.body[0] as { expression?: unknown } | undefined)?.expression);
      if (literal) props[attr.name] = literal.value;
      else
        problems.push({
          at: attr,
          message: `${tag} \`${attr.name}\` is the expression \`{${value.value}}\`, which cannot be checked. Write the value itself: text in quotes, or a list as \`{["…", "…"]}\`.`,
        });
    }
  }
  return { props, problems };
}

/** An element against the components of `specs` (a module's by default; worksheets have their own). */
export function elementProblems(
  element: JsxElement,
  specs: Record<string, ComponentSpec> = componentSpecs,
  where = 'they need no import',
): Problem[] {
  const name = element.name;
  if (!name || !/^[A-Z]/.test(name)) return []; // a fragment or a plain HTML element
  const names = Object.keys(specs);
  if (!Object.hasOwn(specs, name))
    return [
      {
        at: element,
        message: `Unknown component <${name}>${hint(name, names)}. Use one of ${names.map((c) => `<${c}>`).join(', ')}; ${where}.`,
      },
    ];
  const spec = specs[name]!;
  const { props, problems } = propsOf(element, spec.example);
  const at = (path: readonly PropertyKey[]) => startOf(attribute(element, String(path[0])) ?? element);
  for (const issue of friendlyIssues(spec.props, props, { lineOf: at, subject: `<${name}>` }))
    problems.push({ at: { position: { start: { line: issue.line, column: issue.column } } }, message: issue.message });
  if (spec.children === 'none' && element.children.length)
    problems.push({ at: element, message: `<${name}> takes no content between tags. Write it as ${spec.example}.` });
  if (spec.children === 'required' && !element.children.length)
    problems.push({
      at: element,
      message: `<${name}> is empty. Put the text between the tags, for example ${spec.example}.`,
    });
  return problems;
}

/** Reflection ids must be unique within a module: progress stores answers by them. */
function reflectionIds(m: ModuleFile, elements: JsxElement[]): Diagnostic[] {
  const seen = new Map<string, number>();
  return elements
    .filter((e) => e.name === 'Reflection')
    .flatMap((e) => {
      const id = stringAttribute(e, 'id');
      if (!id) return [];
      const firstLine = seen.get(id);
      if (firstLine === undefined) {
        seen.set(id, startOf(e)?.line ?? 0);
        return [];
      }
      return [
        diagnostic(
          m.file,
          startOf(attribute(e, 'id')),
          'error',
          'reflection-id',
          `Reflection id "${id}" is already used on line ${firstLine}. Give every reflection in a module its own id.`,
        ),
      ];
    });
}

function termRefs(m: ModuleFile, elements: JsxElement[], terms: string[]): Diagnostic[] {
  return elements
    .filter((e) => e.name === 'Term')
    .flatMap((e) => {
      const id = stringAttribute(e, 'id');
      if (!id || terms.includes(id) || !idSchema.safeParse(id).success) return [];
      return [
        diagnostic(
          m.file,
          startOf(attribute(e, 'id')),
          'error',
          'term-ref',
          `Glossary term "${id}" does not exist${hint(id, terms)}. Fix the \`id\`, or add modules/glossary/${id}.yaml with \`term\` and \`definition\`.`,
        ),
      ];
    });
}

export const componentRule: Rule = ({ modules, glossary }) => {
  const terms = glossary.map((g) => g.id);
  return modules.flatMap((m) => {
    const elements = jsxElements(m.tree);
    return [
      ...elements.flatMap((e) =>
        elementProblems(e).map((p) => diagnostic(m.file, startOf(p.at as JsxElement), 'error', 'component', p.message)),
      ),
      ...reflectionIds(m, elements),
      ...termRefs(m, elements, terms),
    ];
  });
};
