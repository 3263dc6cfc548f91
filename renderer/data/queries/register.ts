/**
 * The live query of the register: the stored records across meetings, re-read whenever a
 * meeting, decision, action item or person changes (here or in another window). `undefined`
 * means loading. The domain joins and filters them (`domain/register*.ts`).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterRecords } from '../../domain/register';
import { useWorkspace } from '../provider';
import { readRegisterRecords } from './register-records';

export function useRegisterRecords(): RegisterRecords | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readRegisterRecords(db), [db]);
}
