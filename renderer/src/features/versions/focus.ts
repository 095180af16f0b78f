// View → Versions (issue 21) opens Settings at its Versions section: "#/settings/versions".
export const VERSIONS_ROUTE = '#/settings/versions';
export const VERSIONS_HEADING = 'settings-versions';

/** Scrolls the Versions section into view and puts focus on its heading (a screen reader says where it landed). */
export function focusVersions(): void {
  const heading = document.getElementById(VERSIONS_HEADING);
  if (!heading) return;
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
