import { Dropdown, Option } from '@fluentui/react-components';
import type { HealthLevel } from '../model/health';
import { healthFilterText, healthLabels, healthLevels, knownStates, stateFilterText, stateLabel } from './token-labels';
import type { ViewChange } from './use-list-view';

/** The state and health filters. Their own chunk: Fluent's Dropdown is not needed to show the first rows. */
export function FilterDropdowns({
  className,
  states,
  health,
  onChangeView,
}: {
  /** Each dropdown's, shared with the placeholders shown before they arrive. */
  className: string;
  states: string[];
  health: HealthLevel[];
  onChangeView: (change: ViewChange) => void;
}) {
  return (
    <>
      <Dropdown
        className={className}
        aria-label="State"
        placeholder="All states"
        multiselect
        selectedOptions={states}
        value={stateFilterText(states)}
        onOptionSelect={(_, data) => onChangeView({ states: data.selectedOptions })}
      >
        {knownStates.map((state) => (
          <Option key={state} value={state}>
            {stateLabel(state)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={className}
        aria-label="Health"
        placeholder="Any health"
        multiselect
        selectedOptions={health}
        value={healthFilterText(health)}
        onOptionSelect={(_, data) => onChangeView({ health: data.selectedOptions as HealthLevel[] })}
      >
        {healthLevels.map((level) => (
          <Option key={level} value={level}>
            {healthLabels[level]}
          </Option>
        ))}
      </Dropdown>
    </>
  );
}
