import { Component, type ErrorInfo, type ReactNode } from 'react';
import { saveFile } from '../editor/documentActions';
import { useEditor } from '../editor/context';

interface Props {
  /** what the panel is, for the message, e.g. "Panel properti" */
  area: string;
  children: ReactNode;
}

/**
 * A render error in one panel stays in that panel: the document lives in the editor object, not in the component tree,
 * so it is untouched, still autosaved, and can be downloaded from here.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.area} gagal ditampilkan`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <PanelError area={this.props.area} error={this.state.error} retry={() => this.setState({ error: null })} />;
  }
}

function PanelError({ area, error, retry }: { area: string; error: Error; retry: () => void }) {
  const editor = useEditor();
  return (
    <div className="panel-error" role="alert" data-testid="panel-error">
      <strong>{area} gagal ditampilkan.</strong>
      <p>Dokumen Anda aman dan tetap tersimpan. Anda dapat mengunduhnya sebagai berkas, lalu mencoba lagi.</p>
      <p className="muted small">{error.message}</p>
      <div className="dialog-actions">
        <button onClick={() => saveFile(editor)}>Simpan berkas</button>
        <button onClick={retry}>Coba lagi</button>
      </div>
    </div>
  );
}
