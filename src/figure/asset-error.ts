/** The sentences a figure or recording stops the page with when the checker did not run first (`astro dev`). */
import { type AssetComponent, assetFolders } from './files.ts';

export const assetMessages = {
  'figure-file': (component: AssetComponent, src: string) =>
    `<${component}> file "${src}" does not exist in ${assetFolders[component]}/. Add the file there or fix \`src\`; \`npm run check\` suggests the closest name.`,
  'figure-svg': (src: string, problems: string[]) => `The SVG "${src}" cannot be shown: ${problems.join('; ')}.`,
  'media-transcript': (src: string) =>
    `The audio "${src}" has no transcript. Write what is said between the tags: <Media src="${src}" title="…">Uitgeschreven tekst…</Media>.`,
} as const;
