import { Badge, makeStyles, TableCell, tokens } from '@fluentui/react-components';
import { DateText } from '../../ui/date-text';
import { describeAgo } from '../tokens/model/relative-time';
import type { HistoryEntry } from './model/token-history';

const useStyles = makeStyles({
  changes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

/** The cells a change shows the same way in a token's history and in recent changes. */
export function ChangeWhenCell({ entry, now }: { entry: HistoryEntry; now: number }) {
  return (
    <TableCell>
      <DateText iso={entry.at}>{describeAgo(entry.at, now)}</DateText>
    </TableCell>
  );
}

export function ChangeWhatCell({ entry }: { entry: HistoryEntry }) {
  const styles = useStyles();
  return (
    <TableCell>
      {entry.what}
      {entry.changes.length > 0 && (
        <ul className={styles.changes}>
          {entry.changes.map((change, index) => (
            <li key={index}>{change}</li>
          ))}
        </ul>
      )}
    </TableCell>
  );
}

export function ChangeResultCell({ entry }: { entry: HistoryEntry }) {
  return (
    <TableCell>
      {entry.succeeded === true ? (
        <Badge appearance="tint" color="success">{entry.result}</Badge>
      ) : entry.succeeded === false ? (
        <Badge appearance="filled" color="danger">{entry.result}</Badge>
      ) : (
        <Badge appearance="outline" color="informative">{entry.result}</Badge>
      )}
    </TableCell>
  );
}
