import { Button } from '@fluentui/react-components';
import { Link } from '@tanstack/react-router';
import { useAuthClient } from '../../../auth/auth-context';
import { GraphErrorBar } from '../../../ui/graph-error-bar';
import type { SaveProblem } from './use-token-editor';

export function SaveProblemBar({ problem, onRetry }: { problem: SaveProblem; onRetry: () => void }) {
  const auth = useAuthClient();
  return (
    <GraphErrorBar
      title={problem.title}
      error={problem.error}
      message={problem.message}
      onRetry={problem.next === 'retry' ? onRetry : undefined}
      actions={
        problem.next === 'signIn' ? (
          <Button onClick={() => void auth.signIn()}>Sign in again</Button>
        ) : problem.next === 'deleted' ? (
          <Link to="/">Back to the VPP tokens</Link>
        ) : undefined
      }
    />
  );
}
