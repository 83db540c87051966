// Loaded with `node --import`: from here on, any import of a Node built-in module throws, and
// the clock and randomness throw when read. The core must run under it.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { builtinModules } from 'node:module';
      const builtins = new Set(builtinModules);
      export async function resolve(specifier, context, next) {
        if (specifier.startsWith('node:') || builtins.has(specifier)) {
          throw new Error('PURITY: the core imported the Node built-in ' + specifier + ' (from ' + context.parentURL + ')');
        }
        return next(specifier, context);
      }`),
);

const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) throw new Error('PURITY: new Date() read the clock');
    super(...args);
  }
  static now() {
    throw new Error('PURITY: Date.now() read the clock');
  }
};
Math.random = () => {
  throw new Error('PURITY: Math.random() used');
};
