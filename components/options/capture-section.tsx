import { useSaveSettings, useSettings } from '@/components/ui/use-settings';
import { ERROR_BOX, INPUT } from './styles';

/** What the toolbar button opens. */
export function CaptureSection() {
  const settings = useSettings();
  const { save, error } = useSaveSettings();
  if (!settings) return null;
  return (
    <div className="space-y-2">
      <label className="flex flex-wrap items-center gap-2 text-sm">
        Toolbar button opens
        <select
          value={settings.toolbarAction}
          onChange={(event) => {
            void save({ toolbarAction: event.target.value === 'popup' ? 'popup' : 'sidepanel' });
          }}
          className={INPUT}
        >
          <option value="sidepanel">the side panel (full feed)</option>
          <option value="popup">the quick popup</option>
        </select>
      </label>
      {error && (
        <p role="alert" className={ERROR_BOX}>
          {error}
        </p>
      )}
    </div>
  );
}
