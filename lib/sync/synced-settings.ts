import type { ZodType } from 'zod';
import { settingsSchema } from '../settings';

/**
 * Which settings sync: every field of lib/settings.ts, read from its schema, so a field added
 * there (saved searches as deck columns, identity links, the composer's defaults) syncs with no
 * change here. Only a setting that means something in one browser alone is listed as local.
 */
const LOCAL_ONLY_SETTINGS: readonly string[] = [];

export const SYNCED_SETTINGS: readonly string[] = Object.keys(settingsSchema.shape).filter(
  (name) => !LOCAL_ONLY_SETTINGS.includes(name),
);

const SETTING_RULES: Readonly<Record<string, ZodType | undefined>> = settingsSchema.shape;

/** A synced value this version can take (another version may allow what this one refuses). */
export function validSetting(name: string, value: unknown): boolean {
  const rule = Object.prototype.hasOwnProperty.call(SETTING_RULES, name) ? SETTING_RULES[name] : undefined;
  return rule?.safeParse(value).success === true;
}

/** Names shorter than the field's where the field's own words say it badly. */
const WORDS: Readonly<Record<string, string>> = {
  toolbarAction: 'toolbar button',
  retentionDays: 'retention',
  retentionMaxPosts: 'retention',
};

/** The synced settings in words, for the options page ("mute words, saved searches, …"). */
export function syncedSettingsInWords(): string[] {
  const words = SYNCED_SETTINGS.map(
    (name) => WORDS[name] ?? name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`),
  );
  return [...new Set(words)];
}
