/**
 * The bench's floor page: the least a Fluent pane can load — React, FluentProvider and one Button that says
 * what the pane's first usable button says — built with the add-in's own build settings. The pane's first
 * screen is reported as a ratio to this.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="da">
      <Button appearance="primary">Indsæt i projektmappen</Button>
    </FluentProvider>,
  );
}
