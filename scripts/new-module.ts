/**
 * `npm run new:module -- --part <part-id> "Titel"`: create modules/<part>/<NN>-<slug>.mdx and
 * quizzes/<slug>.yaml from templates, never overwriting a file (see src/authoring/new-module.ts).
 */
import { parseArgs } from 'node:util';
import { createModule } from '../src/authoring/new-module.ts';

const usage =
  'Usage: npm run new:module -- --part <part-id> "Titel van de module" [--id <module-id>] [--root <folder>]';

if (import.meta.main) {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        part: { type: 'string' },
        id: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    if (!values.part || positionals.length !== 1) throw new Error(`Give a part and one title in quotes.\n${usage}`);
    const plan = createModule(values.root ?? '.', values.part, positionals[0]!, values.id);
    console.log(
      `Created ${plan.modulePath}\nCreated ${plan.quizPath}\n\nStart writing in ${plan.modulePath}: fill in \`summary\` and \`goals\` and replace every TODO.\nThe quiz has one example question; uncomment the other types you need.\nPreview with \`npm run dev\`; check with \`npm run check\`.`,
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
