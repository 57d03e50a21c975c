/** `npm run schemas`: regenerate the JSON Schemas in src/schemas/generated from the zod schemas. */
import { writeSchemas } from '../src/schemas/json-schema.ts';

if (import.meta.main) {
  for (const file of writeSchemas()) console.log(`Wrote ${file}`);
}
