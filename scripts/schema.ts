/**
 * `npm run schema`: writes schema/goal-template.schema.json from the zod schema. A test fails when the
 * committed file differs from what this writes, so the two cannot drift.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { templateJsonSchema } from "../src/goals/templateFile";

const target = join(__dirname, "..", "..", "..", "schema", "goal-template.schema.json");
writeFileSync(target, `${JSON.stringify(templateJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
