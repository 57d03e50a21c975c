/** Rule family `component`: known components, their props, reflection ids and glossary terms. */
import { idSchema } from '../schemas/common.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
import { components, type PropSpec } from './components-table.ts';
import { attribute, jsxElements, startOf, stringAttribute, type JsxElement } from '../markdown/placement.ts';
import type { ModuleFile, Rule } from './model.ts';
import { diagnostic, type Diagnostic } from '../course/source/diagnostic.ts';

const orList = (values: readonly string[]) =>
  values
    .map((v) => `"${v}"`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');
const hint = (value: string, candidates: Iterable<string>) => {
  const best = didYouMean(value, candidates);
  return best ? ` (did you mean "${best}"?)` : '';
};

/** What is wrong with one prop value, or undefined when it is fine. */
function propProblem(element: JsxElement, name: string, spec: PropSpec): string | undefined {
  const attr = attribute(element, name);
  const tag = `<${element.name}>`;
  if (!attr)
    return spec.required
      ? `${tag} needs \`${name}\`. Add it, for example ${components[element.name!]!.example}.`
      : undefined;
  const value = attr.value;
  if (spec.kind === 'string-list') {
    const expression =
      typeof value === 'object' && value
        ? (
            value.data?.estree?.body[0] as
              | { expression?: { type: string; elements: { type: string; value?: unknown }[] } }
              | undefined
          )?.expression
        : undefined;
    const ok =
      expression?.type === 'ArrayExpression' &&
      expression.elements.every((e) => e?.type === 'Literal' && typeof e.value === 'string');
    return ok
      ? undefined
      : `${tag} \`${name}\` must be a list of texts, written \`${name}={["Eerste vraag", "Tweede vraag"]}\`.`;
  }
  if (typeof value !== 'string')
    return `${tag} \`${name}\` must be text in quotes, for example \`${name}="…"\`; received ${value ? `{${value.value}}` : 'no value'}.`;
  if (spec.kind === 'id' && !idSchema.safeParse(value).success)
    return `${tag} \`${name}\` is "${value}", which is not a valid id. Use only lower-case letters, digits and single hyphens.`;
  if (spec.kind === 'text' && !value.trim()) return `${tag} \`${name}\` is empty. Write some text, or remove it.`;
  if (spec.kind === 'enum' && !spec.values!.includes(value))
    return `${tag} \`${name}\` is "${value}", which is not allowed${hint(value, spec.values!)}. Use ${orList(spec.values!)}.`;
  return undefined;
}

function elementProblems(element: JsxElement): { at: JsxElement | object; message: string }[] {
  const name = element.name;
  if (!name || !/^[A-Z]/.test(name)) return []; // a fragment or a plain HTML element
  const spec = components[name];
  if (!spec)
    return [
      {
        at: element,
        message: `Unknown component <${name}>${hint(name, Object.keys(components))}. Use one of ${Object.keys(
          components,
        )
          .map((c) => `<${c}>`)
          .join(', ')}; they need no import.`,
      },
    ];
  const problems: { at: JsxElement | object; message: string }[] = [];
  for (const attr of element.attributes) {
    if (attr.type !== 'mdxJsxAttribute')
      problems.push({
        at: attr,
        message: `<${name}> does not take \`{...}\` spread props. Write each prop out, for example ${spec.example}.`,
      });
    else if (!spec.props[attr.name])
      problems.push({
        at: attr,
        message: `<${name}> has no prop \`${attr.name}\`${hint(attr.name, Object.keys(spec.props))}. It takes ${Object.keys(
          spec.props,
        )
          .map((p) => `\`${p}\``)
          .join(', ')}.`,
      });
  }
  for (const [prop, propSpec] of Object.entries(spec.props)) {
    const message = propProblem(element, prop, propSpec);
    if (message) problems.push({ at: attribute(element, prop) ?? element, message });
  }
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
