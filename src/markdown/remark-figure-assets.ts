/**
 * Remark plugin: hands the files of `<Figure>` and `<Media>` to Vite, as Astro does for Markdown
 * images. For each element whose file exists it adds an `import` to the module and passes the result
 * as a prop the author never writes: `asset` (the SVG text for inlining; the image's metadata, with
 * a hashed URL, width and height; the URL of a recording) and `captionsAsset` (the captions' URL).
 * A missing file gets no import: `npm run check` reports it, and the component stops with its words.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { courseRoot } from '../course/load-course.ts';
import { type AssetComponent, assetFolders, assetPath, type FileKind, kindOf } from '../figure/files.ts';
import { jsxElements, stringAttribute } from './placement.ts';

/** How Vite should load each kind of file. */
// Recordings and captions stay files of their own, however small: a `data:` URL would load with the page.
const querySuffix: Record<FileKind, string> = {
  svg: '?raw',
  raster: '',
  video: '?url&no-inline',
  audio: '?url&no-inline',
  captions: '?url&no-inline',
};

const program = (body: Program['body']): Program => ({ type: 'Program', sourceType: 'module', body });

function importNode(name: string, source: string): RootContent {
  const estree = program([
    {
      type: 'ImportDeclaration',
      specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
      source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
      attributes: [],
    },
  ]);
  return { type: 'mdxjsEsm', value: `import ${name} from ${JSON.stringify(source)};`, data: { estree } } as RootContent;
}

function expressionAttribute(name: string, identifier: string): MdxJsxAttribute {
  const estree = program([{ type: 'ExpressionStatement', expression: { type: 'Identifier', name: identifier } }]);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: identifier, data: { estree } },
  };
}

export function remarkFigureAssets() {
  return (tree: Root, file: VFile) => {
    if (!file.path) return;
    const root = courseRoot();
    const from = dirname(file.path);
    const imports: RootContent[] = [];
    const importOf = (component: AssetComponent, src: string | undefined): string | undefined => {
      const path = src && assetPath(component, src);
      const kind = src && kindOf(src);
      if (!path || !kind || !existsSync(join(root, path))) return undefined;
      const name = `__course_asset_${imports.length}`;
      const specifier = relative(from, join(root, path)).split(sep).join('/');
      imports.push(importNode(name, `${specifier.startsWith('.') ? '' : './'}${specifier}${querySuffix[kind]}`));
      return name;
    };
    for (const element of jsxElements(tree)) {
      if (!element.name || !Object.hasOwn(assetFolders, element.name)) continue;
      const component = element.name as AssetComponent;
      const asset = importOf(component, stringAttribute(element, 'src'));
      if (asset) element.attributes.push(expressionAttribute('asset', asset));
      const captions = component === 'Media' ? importOf(component, stringAttribute(element, 'captions')) : undefined;
      if (captions) element.attributes.push(expressionAttribute('captionsAsset', captions));
    }
    tree.children.unshift(...imports);
  };
}
