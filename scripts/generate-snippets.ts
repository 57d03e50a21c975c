/** `npm run snippets`: write the VS Code snippets for every component and question type (.vscode/course.code-snippets). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { snippetsFile, snippetsText } from '../src/editor/snippets.ts';

mkdirSync(dirname(snippetsFile), { recursive: true });
writeFileSync(snippetsFile, snippetsText());
console.log(`Wrote ${snippetsFile}.`);
