import { Button, Dialog, DialogBody, DialogSurface, DialogTitle, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FocusManager } from './focus-manager';

/** A page whose modal dialog's confirm button leaves it at once, as the token page does on delete. */
function PageWithDialog() {
  const [left, setLeft] = useState(false);
  if (left) return <p>The list</p>;
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete?</DialogTitle>
          <Button onClick={() => setLeft(true)}>Delete</Button>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

const settled = () => act(() => new Promise((resolve) => setTimeout(resolve, 600)));

describe('FocusManager', () => {
  it('lets the page be read again after a modal dialog that left at once', async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FocusManager />
        <PageWithDialog />
      </FluentProvider>,
    );
    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await settled();
    expect(screen.getByText('The list')).toBeTruthy();
    expect(container.closest('[aria-hidden="true"]')).toBeNull();
  });

  it('is needed: without it, tabster leaves the page hidden after such a dialog (the bug it works around)', async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <PageWithDialog />
      </FluentProvider>,
    );
    await settled();
    expect(container.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await settled();
    expect(container.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
