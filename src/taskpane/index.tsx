/* global Office */
import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<p>KKR</p>);
});
