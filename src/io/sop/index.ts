// SOP table (PermenPAN 35/2012) from a lintas fungsi map, and its printable HTML.
export { sopTable, type SopColumn, type SopExit, type SopOptions, type SopRow, type SopSymbol, type SopTable } from './sopTable';
export { flowOrder } from '../../model/flowOrder';
export { escapeHtml, renderSopHtml, symbolSvg } from './renderSopHtml';
export { sopPages, sopSumber, type SopDocumentOptions } from './sopScene';
