import { useFocusFinders } from '@fluentui/react-components';

/**
 * Keeps Fluent's focus manager (tabster) for the app's whole life. Dialogs, menus and toolbars
 * create it as they mount and dispose of it when the last of them unmounts; disposed within 250 ms
 * of a modal dialog closing, it never lifts the aria-hidden it put on the rest of the page (tabster
 * drops that pending restore), which left the list hidden from assistive technology after a token's
 * page closed its delete dialog and went back to the list.
 */
export function FocusManager() {
  useFocusFinders();
  return null;
}
