import { build, groovyCode } from './groovy-code.js';
import type { CodeGenerator } from './random-code.js';

// Gradle build scripts as blog posts show them (plugins, repositories, dependencies, tasks,
// Gradle's own keywords and types), among the Groovy of groovy-code.ts.
const generate: CodeGenerator = (p) => groovyCode(p, [build, build, build]);
export default generate;
