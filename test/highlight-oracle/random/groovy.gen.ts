import { build, groovyCode, pipeline } from './groovy-code.js';
import type { CodeGenerator } from './random-code.js';

// Groovy as blog posts show it (scripts, classes, Spock specs, Jenkinsfiles and Gradle builds):
// the pieces of groovy-code.ts.
const generate: CodeGenerator = (p) => groovyCode(p, [pipeline, build]);
export default generate;
