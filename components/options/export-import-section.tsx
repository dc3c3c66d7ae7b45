import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';

export function ExportImportSection() {
  return (
    <div className="space-y-6">
      <ExportPanel />
      <ImportPanel />
    </div>
  );
}
