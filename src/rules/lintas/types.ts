// Checks across the documents of one Pemda workspace (the Ruang kerja): each document is one Perangkat Daerah (or
// any grouping), so some facts the regulations tie together live in two documents. These checks read a compact
// extract of each document (who holds which jabatan, who is an outside member of which team), which the workspace
// keeps with the document's rekap, so they run without opening any document.

/** A pemangku with a NIP, where they sit. */
export interface PersonPlace {
  nip: string;
  nama: string;
  positionId: string;
  jabatan: string;
}

/** A Tim Kerja member recorded as a person from outside this document's structure. */
export interface OutsideMember {
  teamId: string;
  team: string;
  nama: string;
  nip: string;
  instansi: string;
}

export interface DocumentExtract {
  docId: string;
  title: string;
  /** the Pemda (instansi) the document belongs to */
  instansi: string;
  people: PersonPlace[];
  outsideMembers: OutsideMember[];
}

export interface CrossFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** where to go: the document and the element in it (first the one at fault) */
  places: { docId: string; subjectId: string }[];
}

export interface CrossRule {
  id: string;
  title: string;
  severity: CrossFinding['severity'];
  citation: string;
  clause: string;
  check(docs: readonly DocumentExtract[]): CrossFinding[];
}

/** NIPs are compared as digits only: "1980 0101 …" and "198001012005011001" are one person. */
export function normalNip(nip: string): string {
  return nip.replace(/\D/g, '');
}
