/**
 * The Register with the cascade to local units composed in: each decision's units and their
 * responses in its row, and the unit response file's export and import in the toolbar.
 */
import type { CalendarDate } from '../../domain/types';
import { CascadeUnits } from '../../features/cascade/CascadeUnits';
import { UnitFileActions } from '../../features/cascade/UnitFileActions';
import type { RenderCascade } from '../../features/register/DecisionTable';
import { RegisterScreen, type RegisterCascade } from '../../features/register/RegisterScreen';

const cascade: RegisterCascade = {
  cell:
    (today: CalendarDate): RenderCascade =>
    (entry) => (
      <CascadeUnits
        decision={{ number: entry.row.number, statement: entry.row.statement }}
        rows={entry.cascade}
        today={today}
        source="register"
      />
    ),
  tools: (today) => <UnitFileActions today={today} />,
};

export function RegisterPage({ today }: { today?: CalendarDate }) {
  return <RegisterScreen today={today} cascade={cascade} />;
}
