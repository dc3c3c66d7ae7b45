import { describe, expect, it } from 'vitest';
import { languageChoices } from '../../lib/compose/page/languages';
import { fromInputValue, scheduleProblem, toInputValue } from '../../lib/compose/page/schedule-input';

describe('the schedule field', () => {
  it('reads and writes local wall-clock time, to the minute', () => {
    const at = new Date(2026, 6, 4, 9, 5).getTime();
    expect(toInputValue(at)).toBe('2026-07-04T09:05');
    expect(fromInputValue('2026-07-04T09:05')).toBe(at);
    expect(fromInputValue('')).toBeUndefined();
    expect(fromInputValue('tomorrow')).toBeUndefined();
  });

  it('refuses a time that has passed, or one more than a year away', () => {
    const now = Date.UTC(2026, 0, 2);
    expect(scheduleProblem(undefined, now)).toBeUndefined();
    expect(scheduleProblem(now + 60_000, now)).toBeUndefined();
    expect(scheduleProblem(now - 1, now)).toBe(
      'That time has passed: pick a later one, or clear it to post now.',
    );
    expect(scheduleProblem(now + 400 * 86_400_000, now)).toBe('Pick a time within the next year.');
  });
});

describe('languageChoices', () => {
  it("puts the browser's languages first, each language once, named in the reader's language", () => {
    const choices = languageChoices(['pt-BR', 'en', 'EN'], 'en');
    expect(choices.slice(0, 3)).toEqual([
      { tag: 'pt-BR', label: 'Brazilian Portuguese' },
      { tag: 'en', label: 'English' },
      { tag: 'es', label: 'Spanish' },
    ]);
    expect(new Set(choices.map((c) => c.tag.toLowerCase())).size).toBe(choices.length);
  });
});
