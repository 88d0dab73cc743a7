/**
 * "Report a mistake" on a service page with JavaScript (ReportMistake.astro): when the fold is
 * first opened, the box to write in and the message made from it (reportTools.ts, its own chunk,
 * so that a page that is only read loads none of it), after the fold's list of what to write, with
 * the words and the message's template the page gives the fold as data.
 */
export function startReportMistake(): void {
  for (const fold of document.querySelectorAll<HTMLDetailsElement>('details[data-report]')) {
    let mounted = false;
    fold.addEventListener('toggle', async () => {
      if (!fold.open || mounted) return;
      mounted = true;
      const { report: template = '', email, copy = '', copied = '', failed = '', message = '', send = '' } = fold.dataset;
      try {
        const { mountReportTools } = await import('./reportTools.ts');
        const tools = document.createElement('div');
        tools.className = 'report__tools';
        fold.querySelector('ul')?.after(tools);
        mountReportTools(tools, { template, textId: 'report-text', email, strings: { copy, copied, failed, message, send } });
      } catch {
        // Not fetched (offline before the site was saved): the fold still says what to write and
        // whom to call, and opening it again tries again.
        mounted = false;
      }
    });
  }
}
