/**
 * The first `deadline()` call of a process: its rule id is looked up like any other. `deadline`
 * remembers the last call's id to skip the lookup in a loop over one rule; before any call, that
 * memory must not match an id an untyped caller can pass (`undefined`), or the first call with it
 * failed with a TypeError instead of the library's refusal (found by test/reliability/entry-fuzz
 * on the seeds that call `deadline(undefined, …)` first). Each case imports fresh modules.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fresh = async () => import('../../src/index.js');

describe('deadline(): the first call of a process', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 3],
    ['an empty string', ''],
  ])('refuses %s as the rule id with an InvalidInputError on the field `rule`, first call or not', async (_name, id) => {
    const lib = await fresh();
    const call = () => lib.deadline(id as never, { from: '2026-09-30' } as never);
    for (let k = 0; k < 2; k++) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(lib.InvalidInputError);
      expect((error as InstanceType<typeof lib.InvalidInputError>).field).toBe('rule');
    }
  });

  it('then answers a real rule (2026-09-30 + 3 working days = 2026-10-10, the spec’s example)', async () => {
    const lib = await fresh();
    expect(() => lib.deadline(undefined as never, { from: '2026-09-30' } as never)).toThrow(lib.InvalidInputError);
    expect(lib.deadline('deyang-2018/art24-policy-document', { from: '2026-09-30' }).dueDate).toBe('2026-10-10');
  });
});
