/**
 * After a refused save: bring the first field that says what is wrong into view and focus it, so
 * a message below the fold (a missing KK note at the top of a long arrival form) is not missed.
 * Runs after the render that shows the messages.
 */
export function scrollToFirstProblem(root: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const el = root?.querySelector<HTMLElement>('[aria-invalid="true"], [role="alert"]');
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    const input = el.matches('input, select, textarea') ? el : el.closest('.kd-field, .rt-field, .pd-field')?.querySelector<HTMLElement>('input, select, textarea');
    input?.focus({ preventScroll: true });
  });
}
