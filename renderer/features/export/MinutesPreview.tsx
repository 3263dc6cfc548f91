/**
 * The live preview of the minutes: the very HTML file the export writes, shown in an iframe with
 * an empty `sandbox` (no scripts, no forms, no navigation, an opaque origin that cannot reach the
 * app or its data). The document comes in through `srcdoc`, so nothing is loaded over a URL; it
 * inherits the app's CSP, which admits exactly the minutes' stylesheet by its hash
 * (electron/shared/csp.ts).
 */
import { useId } from 'react';
import { useT } from '../../i18n/react';

export function MinutesPreview({ html }: { html: string }) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="export-preview" aria-labelledby={headingId}>
      <h3 id={headingId} className="export-preview-heading">
        {t('export.preview')}
      </h3>
      {/* tabIndex lets the keyboard reach the frame and scroll the minutes. */}
      <iframe title={t('export.previewFrame')} sandbox="" srcDoc={html} tabIndex={0} />
    </section>
  );
}
