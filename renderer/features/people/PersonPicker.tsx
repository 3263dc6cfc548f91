/**
 * "Add participant": an accessible combobox over the people directory (ARIA 1.2 combobox with a
 * listbox popup). Typing filters active people by name and unit; arrow keys move, Enter picks,
 * Escape closes. The last option creates the typed name as a new person on the spot, through a
 * small inline form, and then picks them. The Prepare screen embeds it.
 */
import '../../styles/people.css';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { offersCreate, pickerCandidates } from '../../domain/people';
import type { Id, Person } from '../../domain/types';
import { useDepartments, usePeople } from '../../data/queries/people';
import { PickerCreateForm } from './PickerCreateForm';
import { PickerOptions, type PickerOption } from './PickerOptions';

export interface PersonPickerProps {
  /** The visible label of the input, e.g. "Add participant". */
  label: string;
  /** People not to offer, e.g. those already taking part. */
  excludeIds: readonly string[];
  /** Called with the id of the chosen (or newly created) person. */
  onPick: (personId: string) => void;
}

/** At most this many people are listed; typing narrows the list. */
const MAX_OPTIONS = 50;

function optionsFor(people: readonly Person[], query: string, excludeIds: readonly Id[]): PickerOption[] {
  const options: PickerOption[] = pickerCandidates(people, query, excludeIds)
    .slice(0, MAX_OPTIONS)
    .map((person) => ({ kind: 'person', person }));
  if (offersCreate(people, query)) options.push({ kind: 'create', name: query.trim() });
  return options;
}

export function PersonPicker({ label, excludeIds, onPick }: PersonPickerProps) {
  const people = usePeople();
  const departments = useDepartments();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<string | null>(null);
  const inputId = useId();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const options = optionsFor(people ?? [], query, excludeIds);
  const current = Math.min(active, options.length - 1);

  function choose(option: PickerOption | undefined) {
    if (!option) return;
    setOpen(false);
    if (option.kind === 'create') return setCreating(option.name);
    setQuery('');
    onPick(option.person.id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const move = (to: number) => {
      event.preventDefault();
      setOpen(true);
      setActive(Math.max(0, Math.min(to, options.length - 1)));
    };
    if (event.key === 'ArrowDown') move(open ? current + 1 : 0);
    else if (event.key === 'ArrowUp') move(open ? current - 1 : options.length - 1);
    else if (event.key === 'Enter' && open) {
      event.preventDefault();
      choose(options[current]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    <div className="person-picker">
      <label htmlFor={inputId}>{label}</label>
      <input
        ref={inputRef}
        id={inputId}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && current >= 0 ? `${listId}-${current}` : undefined}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
          setCreating(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <PickerOptions id={listId} open={open} options={options} active={current} onChoose={choose} />
      {creating !== null && departments && (
        <PickerCreateForm
          key={creating}
          name={creating}
          departments={departments}
          onCreated={(personId) => {
            setCreating(null);
            setQuery('');
            onPick(personId);
            // The form goes away with the focus in it: back to the field, ready for the next person.
            inputRef.current?.focus();
          }}
          onCancel={() => {
            setCreating(null);
            inputRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}
