import { defineBackground } from '#imports';

export default defineBackground(() => {
  // Wiring only; the reading view and detection arrive with the extension issue.
});
