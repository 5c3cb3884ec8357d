import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useWords } from "./WordsContext";

export interface PaneMessage {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  /** The message asks before replacing what the user wrote: Replace and Cancel beside it. */
  confirm?: boolean;
}

/** A message, with Replace and Cancel when it asks for a confirmation. */
export function ConfirmMessage(props: { message?: PaneMessage; onReplace: () => void; onCancel: () => void }) {
  const { message, onReplace, onCancel } = props;
  const text = useWords().pane;
  if (!message) return null;
  return (
    // Multiline: the text above, the buttons below it, so a narrow pane never widens to fit them.
    <MessageBar intent={message.intent} layout={message.confirm ? "multiline" : "auto"}>
      <MessageBarBody>{message.text}</MessageBarBody>
      {message.confirm && (
        <MessageBarActions>
          <Button size="small" onClick={onReplace}>
            {text.replace}
          </Button>
          <Button size="small" onClick={onCancel}>
            {text.cancel}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
