#!/usr/bin/env node
// Writes docs/rules.md from the rule catalog, through the built CLI (`gov-site-rules rules --markdown`).
// Run with `npm run docs:rules` (which builds first). test/rules/rules-doc.test.ts fails when the
// committed file is stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const markdown = execFileSync(process.execPath, ['dist/cli.js', 'rules', '--markdown'], { encoding: 'utf8' });
writeFileSync('docs/rules.md', markdown);
console.log(`docs/rules.md: ${markdown.split('\n').length - 1} lines`);
