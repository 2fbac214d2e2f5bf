// Fluent's Tooltip as a chunk of its own, for LateTooltip.
export { Tooltip } from '@fluentui/react-components';
