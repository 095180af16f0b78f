// Workshop mode with a projector: the presentation opens the presenter view as a second window
// of the app (the same route as in the browser host). With a second display, the audience's
// slides go full screen on the projector and the facilitator keeps the presenter view here.
import { screen, type BrowserWindow } from 'electron';

export function placePresentation(audience: BrowserWindow, presenter: BrowserWindow): void {
  const displays = screen.getAllDisplays();
  if (displays.length < 2) return;
  const here = screen.getDisplayMatching(audience.getBounds());
  const projector = displays.find((d) => d.id !== here.id);
  if (!projector) return;
  const before = audience.getBounds();
  presenter.setBounds(here.workArea);
  audience.setBounds(projector.bounds);
  audience.setFullScreen(true);
  presenter.once('closed', () => {
    if (audience.isDestroyed()) return;
    audience.setFullScreen(false);
    audience.setBounds(before);
  });
}
