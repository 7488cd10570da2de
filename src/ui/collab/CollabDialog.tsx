// «Kerjakan bersama…»: the one place a document goes to a server, and only when the user fills this in and presses
// Gabung. Asks for the Pemda's server address, the room and its token, and the name colleagues see; says in Bahasa
// Indonesia why a join failed. In a room it shows who is there and whether everything has reached the server.
import { useState } from 'react';
import { useStore } from '../../editor/createStore';
import { useEditor } from '../../editor/context';
import { Modal } from '../kit/Modal';
import { connectionText } from './connectionText';

const NAME_KEY = 'petakerja-nama-rekan';

export default function CollabDialog() {
  const editor = useEditor();
  const collab = useStore(editor.collab.state, (s) => s);
  if (collab.phase === 'in' && collab.room) return <InRoom />;
  return <JoinForm />;
}

function JoinForm() {
  const editor = useEditor();
  const phase = useStore(editor.collab.state, (s) => s.phase);
  const error = useStore(editor.collab.state, (s) => s.error);
  const [url, setUrl] = useState('');
  const [room, setRoom] = useState('');
  const [token, setToken] = useState('');
  const [name, setName] = useState(() => (typeof localStorage !== 'undefined' ? (localStorage.getItem(NAME_KEY) ?? '') : ''));
  const joining = phase === 'joining';
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (joining) return;
    try {
      localStorage.setItem(NAME_KEY, name.trim());
    } catch {
      // a browser that refuses storage still joins; the name is asked again next time
    }
    if (await editor.collab.join({ url, room, token, name })) editor.closeDialog();
  };
  return (
    <Modal title="Kerjakan bersama" onClose={() => !joining && editor.closeDialog()}>
      <form className="collab-form" onSubmit={(e) => void submit(e)} aria-busy={joining} data-testid="collab-form">
        <p className="muted small">
          Dokumen ini dikirim ke server kerja bersama milik Pemda Anda hanya setelah Anda menekan <b>Gabung</b>. Rekan di
          ruang yang sama melihat dan mengubah dokumen ini bersama Anda. Tanpa ini, PetaKerja tidak mengirim apa pun ke
          luar browser.
        </p>
        <label>
          Alamat server
          <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="wss://kerja.organisasi.contohkab.go.id" required spellCheck={false} autoComplete="url" data-testid="collab-url" />
        </label>
        <label>
          Nama ruang
          <input value={room} onChange={(e) => setRoom(e.target.value)} placeholder="dinas-kesehatan" required spellCheck={false} data-testid="collab-room" />
        </label>
        <label>
          Token ruang
          <input type="password" value={token} onChange={(e) => setToken(e.target.value)} required autoComplete="off" data-testid="collab-token" />
        </label>
        <label>
          Nama Anda (terlihat oleh rekan)
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="mis. Sari — Bagian Organisasi" maxLength={60} data-testid="collab-name" />
        </label>
        {error && (
          <p className="c-error" role="alert" data-testid="collab-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="primary" disabled={joining} data-testid="collab-join">
            {joining ? 'Menyambung…' : 'Gabung'}
          </button>
          <button type="button" onClick={editor.closeDialog} disabled={joining}>
            Batal
          </button>
        </div>
      </form>
    </Modal>
  );
}

function InRoom() {
  const editor = useEditor();
  const s = useStore(editor.collab.state, (st) => st);
  const room = s.room!;
  return (
    <Modal title={`Kerjakan bersama — ruang «${room.room}»`} onClose={editor.closeDialog}>
      <p data-testid="collab-dialog-status">{connectionText(s)}</p>
      <p className="muted small">Server: {room.url}</p>
      <h3 className="collab-people-title">Yang tersambung</h3>
      <ul className="collab-people" data-testid="collab-people">
        <li>
          <span className="collab-dot" style={{ background: room.color }} aria-hidden="true" /> {room.name} (Anda)
        </li>
        {s.peers.map((p) => (
          <li key={p.clientId}>
            <span className="collab-dot" style={{ background: p.color }} aria-hidden="true" /> {p.name}
          </li>
        ))}
      </ul>
      <p className="muted small">
        Ctrl+Z membatalkan langkah Anda sendiri saja, bukan langkah rekan. Perubahan yang dibuat saat terputus disimpan di
        browser ini dan digabung saat tersambung lagi.
      </p>
      <div className="dialog-actions">
        <button
          onClick={() => {
            void editor.collab.leave();
            editor.closeDialog();
            editor.showToast({ kind: 'info', text: `Keluar dari ruang «${room.room}». Dokumen tetap terbuka di browser ini.` });
          }}
          data-testid="collab-leave"
        >
          Keluar dari ruang
        </button>
        <button className="primary" onClick={editor.closeDialog}>
          Tutup
        </button>
      </div>
    </Modal>
  );
}
