/** The "revisit if …" conditions of a decision: one line each, added and removed with buttons. */
import '../../styles/reopen-gate.css';
import { Plus, X } from 'lucide-react';
import { LIMITS } from '../../domain/limits';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';

interface RevisitIfFieldsProps {
  lines: readonly string[];
  onLines: (lines: string[]) => void;
  error: string | undefined;
}

export function RevisitIfFields({ lines, onLines, error }: RevisitIfFieldsProps) {
  const t = useT();
  const change = (index: number, value: string) =>
    onLines(lines.map((line, at) => (at === index ? value : line)));
  return (
    <fieldset className="revisit-if">
      <legend>{t('gate.revisitIf')}</legend>
      {lines.map((line, index) => (
        <div className="revisit-if-line" key={index}>
          <TextField
            label={t('gate.condition', { n: index + 1 })}
            value={line}
            onValue={(value) => change(index, value)}
            maxLength={LIMITS.decisionGate.condition + 1}
            autoComplete="off"
          />
          <button
            type="button"
            className="revisit-if-remove"
            aria-label={t('gate.removeCondition', { n: index + 1 })}
            title={t('gate.removeCondition', { n: index + 1 })}
            onClick={() => onLines(lines.filter((_, at) => at !== index))}
          >
            <X aria-hidden size={16} />
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onLines([...lines, ''])}>
        <Plus aria-hidden size={16} /> {t('gate.addCondition')}
      </button>
      <FieldError id="decision-revisit-if" message={error} />
    </fieldset>
  );
}
