import { createRequire } from 'node:module';
import type Nunjucks from 'nunjucks';

// Nunjucks is CommonJS: required, Node loads it without first scanning its source for export
// names, as an import would. kiln takes the library from here alone (its types from 'nunjucks').
export const nunjucks = createRequire(import.meta.url)('nunjucks') as typeof Nunjucks;
