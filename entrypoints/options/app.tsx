import type { ComponentType } from 'react';
import { AccountsSection } from '@/components/options/accounts/accounts-section';
import { CaptureSection } from '@/components/options/capture-section';
import { CaptureServersSection, USER_SERVER_LABELS } from '@/components/options/capture-servers-section';
import { ExportImportSection } from '@/components/options/export-import-section';
import { MuteWordsSection } from '@/components/options/mute-words-section';
import { PrivacySection } from '@/components/options/privacy-section';
import { RepostsSection } from '@/components/options/reposts-section';
import { RetentionSection } from '@/components/options/retention-section';
import { OptionsSection } from '@/components/options/section';
import { StorageSection } from '@/components/options/storage-section';
import { SyncSection } from '@/components/sync/sync-section';

export interface OptionsSectionEntry {
  /** Anchor id (options.html#retention). */
  id: string;
  title: string;
  Component: ComponentType;
}

/**
 * The options page, one entry per section, in display order. Features add their section here
 * (the composer's accounts go after Capture); each section is self-contained.
 */
export const sections: OptionsSectionEntry[] = [
  { id: 'privacy', title: 'Privacy', Component: PrivacySection },
  { id: 'capture', title: 'Capture', Component: CaptureSection },
  {
    id: 'capture-servers',
    title: `Capture on ${USER_SERVER_LABELS} servers`,
    Component: CaptureServersSection,
  },
  { id: 'accounts', title: 'Accounts', Component: AccountsSection },
  { id: 'mute-words', title: 'Mute words', Component: MuteWordsSection },
  { id: 'reposts', title: 'Reposts and cross-posts', Component: RepostsSection },
  { id: 'retention', title: 'Retention', Component: RetentionSection },
  { id: 'sync', title: 'Sync', Component: SyncSection },
  { id: 'storage', title: 'Storage', Component: StorageSection },
  { id: 'export-import', title: 'Export and import', Component: ExportImportSection },
];

export function App() {
  return (
    <div className="mx-auto max-w-2xl p-6">
      <header className="mb-4">
        <h1 className="text-xl font-semibold">Crossfeed settings</h1>
        <nav aria-label="Sections" className="mt-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {sections.map(({ id, title }) => (
              <li key={id}>
                <a
                  href={`#${id}`}
                  className="text-blue-700 underline-offset-2 hover:underline dark:text-blue-400"
                >
                  {title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main className="space-y-6">
        {sections.map(({ id, title, Component }) => (
          <OptionsSection key={id} id={id} title={title}>
            <Component />
          </OptionsSection>
        ))}
      </main>
    </div>
  );
}
