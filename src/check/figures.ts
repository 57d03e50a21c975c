/**
 * Rule family `figure`: the files of `<Figure>` and `<Media>` exist in the course's own folders
 * (with a suggestion when a name is off), are no internet address, are of a kind the component shows,
 * SVGs hold no script or outside reference, alt text says something (not a file name), and audio
 * has a transcript. Missing `alt`, `caption` and video captions are schema errors (rule `component`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import {
  type AssetComponent,
  assetFolders,
  assetPath,
  extensionsOf,
  type FileKind,
  isExternal,
  kindOf,
  kindsFor,
} from '../figure/files.ts';
import { svgProblems } from '../figure/svg-safety.ts';
import { attribute, type JsxElement, jsxElements, startOf, stringAttribute } from '../markdown/placement.ts';
import { didYouMean } from '../schemas/friendly-errors.ts';
import { diagnostic, type Diagnostic, type Position } from '../course/source/diagnostic.ts';
import type { Rule } from './model.ts';

type Problem = { at: Position | undefined; rule: string; message: string };

/** Every file under a folder of the course, as paths relative to that folder. */
function filesIn(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => posix.relative(dir.split('\\').join('/'), join(e.parentPath, e.name).split('\\').join('/')));
}

/** A text that is only a file name or a camera's name for a photo says nothing about the image. */
const fileNameLike = /^(?:[\w.-]+\.(?:svg|png|jpe?g|webp|gif|avif)|(?:img|dsc|pxl|image|afbeelding)[\s_-]?\d*)$/i;

type FileProblem = [rule: 'figure-file' | 'figure-external', message: string];

function fileProblems(
  root: string,
  component: AssetComponent,
  prop: string,
  src: string,
  kinds: readonly FileKind[],
): FileProblem[] {
  const folder = assetFolders[component];
  if (isExternal(src))
    return [
      [
        'figure-external',
        `<${component}> \`${prop}\` "${src}" is an internet address: it is missing when the course runs offline or in a closed LMS. Save the file in ${folder}/ and write its name.`,
      ],
    ];
  const path = assetPath(component, src);
  if (!path)
    return [
      [
        'figure-file',
        `<${component}> \`${prop}\` "${src}" leaves ${folder}/. Put the file there and write its name relative to that folder.`,
      ],
    ];
  const kind = kindOf(src);
  if (!kind || !kinds.includes(kind))
    return [
      [
        'figure-file',
        `<${component}> \`${prop}\` "${src}" is not a file it can show. Use one of ${extensionsOf(kinds).join(', ')}.`,
      ],
    ];
  if (existsSync(join(root, path))) return [];
  const best = didYouMean(src, filesIn(root, folder));
  return [
    [
      'figure-file',
      `<${component}> \`${prop}\` "${src}" does not exist in ${folder}/${best ? ` (did you mean "${best}"?)` : ''}. Fix the name or add the file.`,
    ],
  ];
}

function elementProblems(root: string, element: JsxElement): Problem[] {
  const component = element.name as AssetComponent;
  const at = (name: string) => startOf(attribute(element, name) ?? element);
  const problems: Problem[] = [];
  const src = stringAttribute(element, 'src');
  if (!src) return problems; // the schema reports a missing or unreadable `src` (rule `component`)
  const srcProblems = fileProblems(root, component, 'src', src, kindsFor[component]);
  for (const [rule, message] of srcProblems) problems.push({ at: at('src'), rule, message });
  if (!srcProblems.length && kindOf(src) === 'svg')
    for (const reason of svgProblems(readFileSync(join(root, assetPath(component, src)!), 'utf8')))
      problems.push({ at: at('src'), rule: 'figure-svg', message: `The SVG "${src}" cannot be inlined: ${reason}.` });
  const alt = stringAttribute(element, 'alt')?.trim();
  if (alt && (fileNameLike.test(alt) || alt === posix.basename(src)))
    problems.push({
      at: at('alt'),
      rule: 'figure-alt',
      message: `<Figure> \`alt\` "${alt}" is a file name, which tells a screen-reader user nothing. Say what the image shows or means.`,
    });
  const captions = component === 'Media' ? stringAttribute(element, 'captions') : undefined;
  if (captions)
    for (const [rule, message] of fileProblems(root, component, 'captions', captions, ['captions']))
      problems.push({ at: at('captions'), rule, message });
  if (component === 'Media' && kindOf(src) === 'audio' && !element.children.length)
    problems.push({
      at: startOf(element),
      rule: 'media-transcript',
      message: `The audio "${src}" has no transcript, so whoever cannot hear it misses everything. Write what is said between the tags: <Media src="${src}" title="…">Uitgeschreven tekst…</Media>.`,
    });
  return problems;
}

export const figureRule: Rule = ({ root, modules }) =>
  modules.flatMap((m): Diagnostic[] =>
    jsxElements(m.tree)
      .filter((e) => e.name && Object.hasOwn(assetFolders, e.name))
      .flatMap((e) => elementProblems(root, e))
      .map((p) => diagnostic(m.file, p.at, 'error', p.rule, p.message)),
  );
