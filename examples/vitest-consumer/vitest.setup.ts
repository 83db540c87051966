// Registers the matchers once for every test file; the type-only import teaches vitest's
// `expect` their signatures.
import { expect } from 'vitest';
import { matchers } from 'gov-site-rules/testing';
import 'gov-site-rules/testing/vitest';

expect.extend(matchers);
