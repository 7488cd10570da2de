// Team documents: the Daftar Susunan Keanggotaan Tim and a draft of the instrument that establishes a team, as
// structured models and standalone printable HTML (print to PDF from the browser). Pure; no DOM.
export { escapeHtml, printablePage, BLANK } from './html';
export { regionOf, daerahName, pemerintahName, kepalaDaerahTitle, PANGKAT, type Region } from './region';
export {
  daftarSusunan,
  renderSusunanHtml,
  susunanTableHtml,
  SUSUNAN_COLUMNS,
  type SusunanRow,
  type SusunanTable,
  type Kedudukan,
} from './susunan';
export {
  draftInstrument,
  renderInstrumentHtml,
  type InstrumentDraft,
  type DraftOptions,
  type DraftClause,
  type DraftList,
  type Signatory,
} from './instrument';
