import { createContext, useContext } from 'react';

/**
 * Where focus goes when a list screen's form or pane closes (saved, cancelled, deleted): back to
 * the list, on the row just edited or added, so the list's keys (N for New, arrows) work at once
 * instead of focus dropping to the page body. MasterDetail provides it; outside a list it does nothing.
 */
export const ListFocusContext = createContext<() => void>(() => undefined);

export const useReturnToList = () => useContext(ListFocusContext);
