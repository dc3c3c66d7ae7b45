/** A language the post can be marked as: its BCP 47 tag and its name in the reader's language. */
export interface LanguageChoice {
  tag: string;
  label: string;
}

/** Common languages of posts on these networks, offered after the browser's own. */
const COMMON = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'ja',
  'ko',
  'zh',
  'ru',
  'uk',
  'pl',
  'tr',
  'ar',
  'hi',
  'id',
];

/** The browser's languages first (the default is the first), then the common ones, each once. */
export function languageChoices(preferred: readonly string[], locale?: string): LanguageChoice[] {
  const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language' });
  const seen = new Set<string>();
  const choices: LanguageChoice[] = [];
  for (const tag of [...preferred, ...COMMON]) {
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    let label = tag;
    try {
      label = names.of(tag) ?? tag;
    } catch {
      continue; // not a language tag this browser knows
    }
    choices.push({ tag, label });
  }
  return choices;
}
