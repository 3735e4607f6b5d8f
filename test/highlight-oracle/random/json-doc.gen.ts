// JSON for documentation (json-doc, jsonc): the JSON generator's code, whose comments, `...`
// elisions and bare keys are this language's own.
export { default } from './json.gen.js';
