// A test-runner command that returns the page's whole accessibility tree, as Chromium gives it to a screen reader.
// @web/test-runner-commands' a11ySnapshot keeps only "interesting" nodes, which leaves out landmarks and articles.

/** `executeServerCommand('ax-tree')`: the full tree ({ role, name, level?, children? }). */
export function axTreePlugin() {
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
