import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';

/** Shown instead of the app when config.json is missing or wrong, with what to fix. */
export function ConfigErrorPage({ problems }: { problems: string[] }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 24, maxWidth: 760 }}>
        <h1>VPP Console can't start</h1>
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The configuration needs fixing</MessageBarTitle>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
        <p>The settings live in config.json beside index.html. The README lists every key.</p>
      </main>
    </FluentProvider>
  );
}
