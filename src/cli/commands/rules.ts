/**
 * `gov-site-rules rules`: the rule catalog, as a bilingual list, JSON, or docs/rules.md.
 */
import { InvalidInputError } from '../../errors.js';
import { catalog } from '../../rules/catalog.js';
import { parse } from '../args.js';
import { type CliCommand, EXIT } from '../io.js';
import { describePeriod, renderRulesMarkdown } from '../rules-doc.js';

export const rulesCommand: CliCommand = {
  name: 'rules',
  usage: 'gov-site-rules rules [--json | --markdown]',
  run(argv, io) {
    const { values } = parse(argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } }, { command: 'rules', positionals: [] });
    if (values.json && values.markdown) throw new InvalidInputError('arguments', argv.join(' '), 'asks for both --json and --markdown');
    if (values.json) {
      io.stdout.write(`${JSON.stringify(catalog)}\n`);
    } else if (values.markdown) {
      io.stdout.write(renderRulesMarkdown(catalog));
    } else {
      const width = Math.max(...catalog.map((e) => e.id.length));
      const lines = catalog.map((e) => {
        const kind = e.kind === 'deadline' ? '期限 deadline' : e.kind === 'check' ? '检查 check   ' : '指标 indicator';
        const period = e.kind === 'deadline' ? `  ${describePeriod(e)}` : '';
        return `${e.id.padEnd(width)}  ${kind}  ${e.article} (${e.articleEn})${period}`;
      });
      io.stdout.write(`${lines.join('\n')}\n`);
    }
    return EXIT.ok;
  },
};
