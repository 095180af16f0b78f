import { createContext, useContext } from 'react';

/**
 * Whether a chart card is drawn for print (the PDF report). In print a card is one figure with
 * its summary as alternative text (its links are of no use on paper), and its widest tables
 * use one abbreviation so they fit the column.
 */
export const PrintMedium = createContext(false);
export const usePrint = () => useContext(PrintMedium);
