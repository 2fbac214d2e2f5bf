import { Button, Menu, MenuDivider, MenuItem, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { ColumnTripleEditRegular } from '@fluentui/react-icons';
import { alwaysShownColumn } from './column-choice';

/**
 * Fluent's menu of the list's columns, each ticked while shown, and the way back to the widths the
 * list starts with; loaded once the list is quiet.
 */
export function ColumnMenu({
  columns,
  hidden,
  onChange,
  onResetWidths,
}: {
  columns: readonly { id: string; title: string }[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
  onResetWidths: () => void;
}) {
  const shown = columns.filter((column) => !hidden.includes(column.id)).map((column) => column.id);
  return (
    <Menu
      checkedValues={{ columns: shown }}
      onCheckedValueChange={(_, data) => onChange(columns.map((column) => column.id).filter((id) => !data.checkedItems.includes(id)))}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ColumnTripleEditRegular />}>Columns</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {columns.map((column) => (
            <MenuItemCheckbox key={column.id} name="columns" value={column.id} disabled={column.id === alwaysShownColumn}>
              {column.title}
            </MenuItemCheckbox>
          ))}
          <MenuDivider />
          <MenuItem onClick={onResetWidths}>Reset column widths</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
