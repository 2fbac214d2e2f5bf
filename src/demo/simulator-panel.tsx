import {
  Button,
  Field,
  Input,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import { BeakerRegular } from '@fluentui/react-icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useGraphClient } from '../graph/graph-context';

const useStyles = makeStyles({
  surface: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, width: '320px' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Fault = { method: string; path: string; status: number; times: number; retryAfter?: number; code?: string; property?: string };

const faultPresets: { label: string; fault: Fault }[] = [
  { label: 'Next save fails (503)', fault: { method: 'PATCH', path: '/vppTokens/', status: 503, times: 4, code: 'serviceUnavailable', retryAfter: 1 } },
  { label: 'Next save is refused (400)', fault: { method: 'PATCH', path: '/vppTokens/', status: 400, times: 1, code: 'BadRequest', property: 'displayName' } },
  { label: 'Next save is throttled (429)', fault: { method: 'PATCH', path: '/vppTokens/', status: 429, times: 1, code: 'TooManyRequests', retryAfter: 3 } },
  { label: 'Next save loses its connection', fault: { method: 'PATCH', path: '/vppTokens/', status: 0, times: 1 } },
  { label: 'Next list load fails (500)', fault: { method: 'GET', path: '/vppTokens', status: 500, times: 4, code: 'InternalServerError' } },
];

/** Demo only: lets someone trying the app slow Graph down or make it fail, to watch saves roll back. */
export function SimulatorPanel() {
  const styles = useStyles();
  const graph = useGraphClient();
  const queryClient = useQueryClient();
  const control = `${graph.baseUrl}/_simulator`;
  const [latencyMs, setLatencyMs] = useState('0');
  const [answer204, setAnswer204] = useState(false);
  const [tokenCount, setTokenCount] = useState('');
  const [status, setStatus] = useState('');

  async function post(path: string, body: unknown, done: string) {
    const response = await fetch(`${control}/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    setStatus(response.ok ? done : `The simulator answered ${response.status}.`);
  }

  return (
    <Popover trapFocus>
      <PopoverTrigger disableButtonEnhancement>
        <Button icon={<BeakerRegular />} appearance="subtle">Simulator</Button>
      </PopoverTrigger>
      <PopoverSurface aria-label="Graph simulator" className={styles.surface}>
        <Text weight="semibold">Graph simulator</Text>
        <Field label="Answer delay (ms)">
          <Input type="number" min={0} value={latencyMs} onChange={(_, d) => setLatencyMs(d.value)} />
        </Field>
        <Switch label="Answer saves with 204 No Content" checked={answer204} onChange={(_, d) => setAnswer204(d.checked)} />
        <Button
          onClick={() =>
            void post('settings', { latencyMs: Number(latencyMs) || 0, patchAnswers: answer204 ? 204 : 200 }, 'Settings applied.')
          }
        >
          Apply settings
        </Button>
        <Text weight="semibold">Inject a failure</Text>
        <div className={styles.row}>
          {faultPresets.map(({ label, fault }) => (
            <Button key={label} size="small" onClick={() => void post('faults', fault, `Armed: ${label.toLowerCase()}.`)}>
              {label}
            </Button>
          ))}
        </div>
        <Field label="Reset to the seed data, optionally with this many tokens in all (up to 3000)">
          <Input type="number" min={0} max={3000} value={tokenCount} onChange={(_, d) => setTokenCount(d.value)} />
        </Field>
        <Button
          onClick={() =>
            void post('reset', tokenCount ? { tokens: Number(tokenCount) } : {}, 'Data reset.').then(() =>
              queryClient.invalidateQueries(),
            )
          }
        >
          Reset data
        </Button>
        <Text role="status">{status}</Text>
      </PopoverSurface>
    </Popover>
  );
}
