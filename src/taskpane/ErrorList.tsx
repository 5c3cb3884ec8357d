import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

/** How many problems are listed: enough to work through, few enough to read; the rest come after a fix. */
const LISTED = 30;

/** Problems found in a file or a sheet, under a heading that says what to do. */
export function ErrorList({ heading, errors }: { heading: string; errors: readonly string[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {heading}
        <ul className={styles.errors}>
          {errors.slice(0, LISTED).map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
