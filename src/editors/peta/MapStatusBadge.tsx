// "Ditetapkan" beside a map's title once an SK enacts it, so a reviewer sees at once which maps are in force.
import type { ProcessMap } from '../../model';
import './petaProps.css';

export function formatTanggal(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00`);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function MapStatusBadge({ map }: { map: ProcessMap }) {
  const m = map.meta;
  if (m.status !== 'ditetapkan') return null;
  return (
    <span className="peta-status-badge" data-testid="peta-status-badge" title={`Ditetapkan dengan SK ${m.skNomor} tanggal ${formatTanggal(m.skTanggal)}`}>
      Ditetapkan
    </span>
  );
}
