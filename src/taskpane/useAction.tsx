import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { useWords } from "./WordsContext";

export interface ActionMessage {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/**
 * A button's work against Excel: busy while it runs, then the message it returns, or Excel's error in the
 * user's language.
 */
export function useAction() {
  const words = useWords();
  const text = words.pane;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage | undefined>();

  async function run(work: () => Promise<ActionMessage>) {
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage(await work());
    } catch (error) {
      setMessage({ intent: "error", text: text.excelError((error as Error).message) });
    } finally {
      setBusy(false);
    }
  }

  return { busy, message, run };
}

/** The message of an action, if there is one. */
export function ActionResult({ message }: { message?: ActionMessage }) {
  if (!message) return null;
  return (
    <MessageBar intent={message.intent}>
      <MessageBarBody>{message.text}</MessageBarBody>
    </MessageBar>
  );
}
