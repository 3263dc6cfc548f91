/**
 * Live query for the templates a meeting can be made from: the built-ins from code followed by the
 * user's stored, non-deleted templates. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listTemplates } from '../../domain/templates';
import type { Template } from '../../domain/types';
import { useWorkspace } from '../provider';

/** Built-in templates first (fixed order), then the user's own by name. */
export function useTemplates(): Template[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => listTemplates(await db.templates.toArray()), [db]);
}
