/** Placeholder until the panel lands in this session; the run screen renders it in its slot. */
import type { RunPanelProps } from '../panel-props';

export function ActionsPanel(_props: RunPanelProps) {
  return null;
}
