/* global Office */
import * as React from "react";
import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<p>KKR</p>);
});
