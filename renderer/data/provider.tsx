/** Makes the open workspace available to components; features read it only through the hooks. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Workspace } from './workspace';

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

/** The open workspace; throws when a component is rendered outside the provider (a programming error). */
export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider');
  return workspace;
}
