/**
 * A compact multi-picker for one RACI role: the chosen parties as removable chips, and one select
 * that adds a person, a department or an organisation unit (the units people in the directory
 * belong to). Choosing an option adds it at once, so the keyboard never leaves the select.
 */
import { useId } from 'react';
import type { Department, Party, Person } from '../../domain/types';
import { useT } from '../../i18n/react';
import { partyName } from '../../domain/parties';
import { partyKey, partyOfKey } from './labels';

export interface PartyChoices {
  people: readonly Person[];
  departments: readonly Department[];
  departmentName: (id: string) => string;
  personName: (id: string) => string;
}

interface PartyPickerProps {
  role: string;
  value: readonly Party[];
  choices: PartyChoices;
  onValue: (parties: Party[]) => void;
}

export function PartyPicker({ role, value, choices, onValue }: PartyPickerProps) {
  const t = useT();
  const selectId = useId();
  const chosen = new Set(value.map(partyKey));
  const names = { person: choices.personName, department: choices.departmentName };
  const units = [...new Set(choices.people.map((person) => person.orgUnit).filter(Boolean))].sort();
  const options = (parties: Party[]) =>
    parties
      .filter((party) => !chosen.has(partyKey(party)))
      .map((party) => (
        <option key={partyKey(party)} value={partyKey(party)}>
          {partyName(party, names)}
        </option>
      ));

  function add(key: string) {
    const party = partyOfKey(key);
    if (party) onValue([...value, party]);
  }

  return (
    <fieldset className="party-picker">
      <legend>{role}</legend>
      {value.length === 0 ? (
        <p className="muted">{t('decisions.party.none')}</p>
      ) : (
        <ul className="party-chips" aria-label={role}>
          {value.map((party) => {
            const name = partyName(party, names);
            return (
              <li key={partyKey(party)} className="party-chip">
                {name}
                <button
                  type="button"
                  className="quiet"
                  aria-label={t('decisions.party.remove', { name, role })}
                  onClick={() => onValue(value.filter((other) => partyKey(other) !== partyKey(party)))}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <label htmlFor={selectId}>{t('decisions.party.add', { role })}</label>
      <select id={selectId} value="" onChange={(event) => add(event.target.value)}>
        <option value="">{t('decisions.party.choose')}</option>
        <optgroup label={t('decisions.party.people')}>
          {options(
            choices.people.filter((p) => !p.archived).map((p) => ({ kind: 'person', personId: p.id })),
          )}
        </optgroup>
        <optgroup label={t('decisions.party.departments')}>
          {options(choices.departments.map((d) => ({ kind: 'department', departmentId: d.id })))}
        </optgroup>
        {units.length > 0 && (
          <optgroup label={t('decisions.party.units')}>
            {options(units.map((name) => ({ kind: 'org-unit', name })))}
          </optgroup>
        )}
      </select>
    </fieldset>
  );
}
