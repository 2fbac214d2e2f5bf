import { useCallback, useRef, useState } from 'react';
import type { TokenFileSummary } from '../model/token-create-schema';
import { parseTokenFile } from '../model/token-file';

// Apple's files are a few kilobytes; anything far larger is some other file, not worth reading.
const largestTokenFile = 64 * 1024;

/**
 * Reads a picked or dropped Apple token file in the browser and checks it. Only a summary
 * (organization, expiry, file name) goes into state; the content waits in a ref until `take`
 * hands it over once, and the file input is emptied then.
 */
export function useTokenFile({ expectedOrganization }: { expectedOrganization?: string | null } = {}) {
  const content = useRef<string | null>(null);
  const [summary, setSummary] = useState<TokenFileSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Bumped to give the file input a fresh, empty element: no file stays selected once handed over.
  const [inputKey, setInputKey] = useState(0);
  // A file picked while an earlier one is still being read wins.
  const latestRead = useRef(0);

  const read = useCallback(
    async (file: File): Promise<TokenFileSummary | null> => {
      const ticket = ++latestRead.current;
      content.current = null;
      setSummary(null);
      setProblem(null);
      if (file.size > largestTokenFile) {
        setProblem(`This file is too large to be an Apple token file. Choose the .vpptoken file from Apple Business Manager.`);
        return null;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        setProblem("This file couldn't be read. Download it again from Apple Business Manager.");
        return null;
      }
      if (ticket !== latestRead.current) return null;
      const parsed = parseTokenFile(text, { now: Date.now(), expectedOrganization });
      if (!parsed.ok) {
        setProblem(parsed.message);
        return null;
      }
      content.current = parsed.content;
      const picked = { fileName: file.name, expiresAt: parsed.expiresAt, organizationName: parsed.organizationName };
      setSummary(picked);
      return picked;
    },
    [expectedOrganization],
  );

  const clear = useCallback(() => {
    content.current = null;
    setInputKey((key) => key + 1);
    setSummary(null);
    setProblem(null);
  }, []);

  /** The file's content, once: the picker forgets it as it hands it over. */
  const take = useCallback((): string | null => {
    const taken = content.current;
    clear();
    return taken;
  }, [clear]);

  return { inputKey, summary, problem, read, take, clear };
}

export type TokenFilePicker = ReturnType<typeof useTokenFile>;
