import type { ComponentChildren } from 'preact';

interface StatusMessageProps {
  /** Stable name for tests and styling: `restricted`, `not-article`, … */
  kind: string;
  message: string;
  /** Busy states are announced politely; the others are the answer. */
  busy?: boolean;
  children?: ComponentChildren;
}

/** A state other than "here is the article", in the user's language, with what they can do next. */
export function StatusMessage({ kind, message, busy = false, children }: StatusMessageProps) {
  return (
    <div class="status" data-testid="status" data-state={kind} role="status" aria-busy={busy}>
      <p>{message}</p>
      {children && <div class="status-actions">{children}</div>}
    </div>
  );
}
