/**
 * One live read shared by many rows. A row that needs the meeting's mirror rounds or votes would
 * otherwise run its own live query: fifty rows, fifty reads of the same records, each answering in
 * its own task and re-rendering its row, after the panel has rendered once already. The screen
 * places the read's `Provider` once above the rows; a row's `Shared` hands it the provider's value,
 * or, without a provider for that key (a row rendered alone, in a test), reads it itself.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';

interface SharedReadProps<T> {
  /** What is read, e.g. the meeting's id. */
  id: string;
  children: (value: T | undefined) => ReactNode;
}

export function sharedRead<T>(useRead: (id: string) => T | undefined) {
  const Context = createContext<{ id: string; value: T | undefined } | null>(null);

  function Provider({ id, children }: { id: string; children: ReactNode }) {
    const value = useRead(id);
    const shared = useMemo(() => ({ id, value }), [id, value]);
    return <Context.Provider value={shared}>{children}</Context.Provider>;
  }

  function OwnRead({ id, children }: SharedReadProps<T>) {
    return children(useRead(id));
  }

  function Shared({ id, children }: SharedReadProps<T>) {
    const shared = useContext(Context);
    if (shared?.id === id) return children(shared.value);
    return <OwnRead id={id}>{children}</OwnRead>;
  }

  return { Provider, Shared };
}
