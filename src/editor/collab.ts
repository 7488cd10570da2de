// The editor's co-editing slot (editor.collab): joining and leaving a room, the connection and presence the toolbar
// and the canvases show, and the link the editor's commit/undo/redo use while in a room. Without a room nothing of
// this runs and the app makes no request beyond its origin; the Yjs code is a lazy chunk loaded on the first join.
import { createStore } from './createStore';
import type { Session } from '../io/collab/session';
import type { CollabOptions, CollabSlot, CollabState, Editor, RoomParams } from './types';

const MEMORY_KEY = 'petakerja-ruang';

// colleague colours: distinct on the canvas's white and on the box fills, dark enough for white name labels
const COLORS = ['#c2410c', '#1d4ed8', '#15803d', '#a21caf', '#b45309', '#0e7490', '#be123c', '#4d7c0f'];

export function colorOf(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return COLORS[h % COLORS.length];
}

function initialState(): CollabState {
  return { phase: 'off', room: null, connection: 'connecting', synced: false, peers: [], pending: 0, drop: 'none', canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, error: null };
}

export function createCollab(editor: Editor, options: CollabOptions = {}): CollabSlot {
  const state = createStore<CollabState>(initialState());
  let session: Session | null = null;
  const memory = options.memory !== undefined ? options.memory : typeof sessionStorage !== 'undefined' ? sessionStorage : null;

  // what this user shows colleagues follows the editor's selection (the structure's boxes, or the map element
  // selected in the Peta view) and drag
  let shown = '';
  const showSelection = () => {
    if (!session) return;
    const s = editor.get();
    const picked = editor.peta.get().selected;
    const selection = s.view === 'peta' ? (picked ? [picked.id] : []) : s.selection;
    const dragging = s.dragging ? selection : [];
    const key = `${selection.join(' ')}|${dragging.length}`;
    if (key === shown) return;
    shown = key;
    session.setPresence({ selection, dragging });
  };
  editor.subscribe(showSelection);
  editor.peta.subscribe(showSelection);

  // a dropped connection is said once (the pill keeps showing it); coming back is said once too
  const onConnection = (connection: CollabState['connection'], synced: boolean) => {
    const before = state.get();
    let drop = before.drop;
    if (before.phase === 'in' && connection !== 'online' && before.connection === 'online') {
      drop = 'lost';
      editor.showToast({ kind: 'error', text: 'Sambungan ke server kerja bersama terputus. Lanjutkan saja: perubahan Anda disimpan di browser ini dan dikirim saat tersambung lagi.' });
    } else if (before.phase === 'in' && connection === 'online' && synced && drop === 'lost') {
      drop = 'back';
      editor.showToast({ kind: 'info', text: 'Tersambung ulang ke server; perubahan digabung.' });
    }
    state.set({ connection, synced, drop });
  };

  const slot: CollabSlot = {
    state,
    session: () => session,
    async join(params) {
      if (state.get().phase !== 'off') await slot.leave();
      const url = params.url.trim();
      const room = params.room.trim();
      const name = params.name.trim() || 'Tanpa nama';
      if (!/^wss?:\/\/[^\s/]+/i.test(url)) {
        state.set({ error: 'Alamat server harus diawali ws:// atau wss:// (misalnya wss://kerja.organisasi.contohkab.go.id).' });
        return false;
      }
      const color = colorOf(name);
      state.set({ ...initialState(), phase: 'joining', room: { url, room, name, color } });
      let joined: Session;
      try {
        const { joinSession } = await import('../io/collab/session');
        joined = await joinSession(
          { url, room, token: params.token, name, color, WebSocketPolyfill: options.WebSocketPolyfill, offline: options.offline, joinTimeoutMs: options.joinTimeoutMs },
          {
            getDoc: () => editor.get().doc,
            remote: (doc, notices) => {
              const selection = editor.get().selection.filter((id) => doc.positions[id]);
              editor.set({ doc, selection });
              if (notices.length > 0) editor.showToast({ kind: 'info', text: 'Perubahan rekan digabung dan diperbaiki.', details: notices });
            },
            refused: (problems) =>
              editor.showToast({ kind: 'error', text: 'Perubahan dari ruang kerja bersama ditolak: isinya tidak sesuai format PetaKerja. Tidak ada yang diterapkan.', details: problems }),
            connection: (connection, synced) => onConnection(connection, synced),
            pending: (pending) => state.set({ pending }),
            peers: (peers) => state.set({ peers }),
            stacks: (s) => state.set(s),
          },
        );
      } catch (e) {
        // a JoinError says in Bahasa Indonesia what went wrong; anything else (the code could not load) gets one sentence
        const message = e instanceof Error && e.name === 'JoinError' ? e.message : 'Gagal bergabung ke ruang kerja bersama. Periksa jaringan, lalu coba lagi.';
        state.set({ ...initialState(), error: message });
        return false;
      }
      session = joined;
      shown = '';
      // the room's document replaces the open one (for the first member it is the open one); history starts anew
      editor.set({ doc: joined.doc, selection: [], history: { past: [], future: [] } });
      state.set({ phase: 'in', error: null });
      showSelection();
      memory?.setItem(MEMORY_KEY, JSON.stringify({ url, room, token: params.token, name }));
      editor.showToast({ kind: 'info', text: joined.seeded ? `Dokumen ini dibagikan di ruang «${room}».` : `Bergabung ke ruang «${room}».` });
      return true;
    },
    async leave() {
      const s = session;
      session = null;
      memory?.removeItem(MEMORY_KEY);
      state.set(initialState());
      await s?.leave();
    },
    setPresence(p) {
      session?.setPresence(p);
    },
    offerRejoin() {
      const raw = memory?.getItem(MEMORY_KEY);
      if (!raw || state.get().phase !== 'off') return;
      let params: RoomParams;
      try {
        params = JSON.parse(raw) as RoomParams;
      } catch {
        memory?.removeItem(MEMORY_KEY);
        return;
      }
      if (typeof params?.room !== 'string') return;
      editor.showToast({
        kind: 'info',
        text: `Sebelum dimuat ulang, tab ini bekerja bersama di ruang «${params.room}».`,
        action: { label: 'Gabung lagi', run: () => void slot.join(params) },
      });
    },
  };
  return slot;
}
