import { Position as Side, type NodeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import {
  BOX_HEIGHT,
  BOX_WIDTH,
  STACK_ITEM_GAP,
  STACK_ITEM_HEIGHT,
  STACK_ITEM_WIDTH,
  STACK_OFFSET_X,
  stackHeight,
} from '../../layout/geometry';
import { holderLabelOf, kindLabelOf, positionText, type PositionText } from '../../io/export/positionText';
import type { FittedPart } from '../../io/text/measure';
import { bezettingOf, formatSelisih, rekapOf, type Position } from '../../model';
import { useStore } from '../../editor/createStore';
import { TEAM_BADGE } from '../../editor/teamHighlight';
import { sameExceptPlacement } from '../../model/placement';
import type { PositionFlowNode, PositionNodeData } from './buildFlow';
import { useEditor } from '../../editor/context';
import { NoteBadge, UnitNoteBadge } from '../reviu/NoteBadge';

const SEVERITY_LABEL = { error: 'galat', warning: 'peringatan', info: 'info' } as const;

/**
 * Where a line starts or ends. Lines are never drawn by hand here (nodesConnectable is off), so this is a plain
 * element with the classes and data attributes React Flow measures for line ends, not its <Handle>: that
 * component subscribes to the flow store (three per box), and every store update — each pan step, each drag
 * frame — ran those subscriptions for every box on screen.
 */
function Anchor({ nodeId, id, type, side }: { nodeId: string; id: string; type: 'source' | 'target'; side: Side }) {
  return (
    <div
      className={`react-flow__handle react-flow__handle-${side} ${type}`}
      data-handleid={id}
      data-nodeid={nodeId}
      data-handlepos={side}
      aria-hidden
    />
  );
}
const BOX_SIZE = { width: BOX_WIDTH, height: BOX_HEIGHT };

function NodeBody({
  id,
  data,
  selected,
  variant,
  style,
}: Pick<NodeProps<PositionFlowNode>, 'id' | 'data' | 'selected'> & {
  variant: 'box' | 'stackItem';
  style?: React.CSSProperties;
}) {
  const editor = useEditor();
  const p = data.position;
  const worst = useStore(editor.findings, (s) => s.worstBySubject.get(id));
  const drop = useStore(editor.dropTarget, (s) => (s.targetId === id ? s.verdict : null));
  // the active team of the Tim Kerja view: this box's part in it, if any
  const team = useStore(editor.teamHighlight, (s) => s.roles.get(id));
  // a comparison over the canvas: added, moved or changed against the old structure
  const compared = useStore(editor.review, (s) => s.overlay?.status.get(id));
  const kindLabel = kindLabelOf(p);
  // the lines and sizes the export prints (io/export/positionText.ts): never cut, title and holder never overlap
  const text = positionText(p, variant === 'stackItem');
  const [, namePart, holderPart, stripPart] = partsOf(text, p);
  const classes = [
    'pos',
    `pos-${variant}`,
    `kind-${p.kind}`,
    selected ? 'is-selected' : '',
    worst ? `has-${worst}` : '',
    drop ? `drop-${drop}` : '',
    team ? `in-team team-${team}` : '',
    compared ? `cmp-${compared}` : '',
  ].join(' ');
  return (
    <div className={classes} style={text.height > text.frame.height ? { ...style, height: text.height } : style} data-testid={`pos-${p.kode || p.id}`} data-kind={p.kind} title={p.nama}>
      <Anchor nodeId={id} type="target" side={variant === 'box' ? Side.Top : Side.Left} id={variant === 'box' ? 'top' : 'left'} />
      <div className="pos-head">
        {p.kode && <span className="pos-kode">{p.kode}</span>}
        <span className="pos-kind">{kindLabel}</span>
        {worst && (
          <span className={`pos-badge badge-${worst}`} aria-label={`temuan ${SEVERITY_LABEL[worst]}`}>
            {worst === 'error' ? '!' : worst === 'warning' ? '▲' : 'i'}
          </span>
        )}
      </div>
      <NoteBadge id={id} />
      {variant === 'box' && <UnitNoteBadge positionId={id} unitId={p.unitId} />}
      {team && TEAM_BADGE[team] && <span className="pos-team-tag">{TEAM_BADGE[team]}</span>}
      {namePart && <TextLines className="pos-nama" part={namePart} />}
      {holderPart && <TextLines className="pos-holder" part={holderPart} />}
      {stripPart && <JabatanStrip p={p} part={stripPart} />}
      {variant === 'box' && data.stack && <OverviewTotals official={p} stack={data.stack} />}
      {variant === 'box' && data.subordinateCount > 0 && (
        <button
          className="pos-collapse nodrag"
          onClick={(e) => {
            e.stopPropagation();
            editor.toggleCollapsed(id);
          }}
          title={data.collapsed ? 'Tampilkan bawahan' : 'Sembunyikan bawahan'}
          aria-label={data.collapsed ? 'Tampilkan bawahan' : 'Sembunyikan bawahan'}
        >
          {data.collapsed ? `+${data.subordinateCount}` : '−'}
        </button>
      )}
      {variant === 'box' && <Anchor nodeId={id} type="source" side={Side.Bottom} id="bottom" />}
      {variant === 'box' && <Anchor nodeId={id} type="source" side={Side.Right} id="stack" />}
    </div>
  );
}

type Part = FittedPart | undefined;

/** The fitted parts of a box: kode line, name, pemangku, strip (an empty text has no part). */
function partsOf(text: PositionText, p: Position): [Part, Part, Part, Part] {
  const parts = [...text.block.parts];
  const head = text.head ? parts.shift() : undefined;
  const name = p.nama.trim() ? parts.shift() : undefined;
  const holder = holderLabelOf(p) ? parts.shift() : undefined;
  return [head, name, holder, parts.shift()];
}

/** "Kelas | B | K | ±" of one jabatan (DOMAIN.md §8.3) at the size positionText gave it; ± red when kurang, amber when lebih. */
function JabatanStrip({ p, part }: { p: Position; part: FittedPart }) {
  const b = bezettingOf(p);
  const d = b - p.kebutuhan;
  const names = p.pemangku.map((x) => x.nama).filter(Boolean).join(', ');
  return (
    <div
      className="pos-strip"
      data-testid="pos-strip"
      style={{ fontSize: part.size, lineHeight: `${part.lineHeight}px` }}
      title={names ? `Pemangku: ${names}` : undefined}
    >
      <span className="strip-kelas" aria-label="kelas jabatan">Kelas {p.kelasJabatan ?? '–'}</span>
      {' | '}
      <span className="strip-b" aria-label="bezetting">B {b}</span>
      {' | '}
      <span className="strip-k" aria-label="kebutuhan">K {p.kebutuhan}</span>
      {' | '}
      <span className={`strip-d ${d < 0 ? 'is-kurang' : d > 0 ? 'is-lebih' : ''}`} aria-label="selisih">
        {formatSelisih(d)}
      </span>
    </div>
  );
}

/** At far zoom: the totals of an official and the jabatan stacked under it, large enough to read. */
function OverviewTotals({ official, stack }: { official: Position; stack: readonly Position[] }) {
  const { total } = useMemo(() => rekapOf([official, ...stack]), [official, stack]);
  return (
    <div className="pos-overview-totals" aria-hidden>
      B {total.b} · K {total.k} ·{' '}
      <span className={total.selisih < 0 ? 'is-kurang' : total.selisih > 0 ? 'is-lebih' : ''}>{formatSelisih(total.selisih)}</span>
    </div>
  );
}

function TextLines({ className, part }: { className: string; part: FittedPart }) {
  return (
    <div className={className} style={{ fontSize: part.size, lineHeight: `${part.lineHeight}px` }}>
      {/* a space between the lines keeps the name one text for find, copy and screen readers */}
      {part.lines.map((line, i) => (
        <span key={i} className="pos-line">
          {i > 0 ? ' ' : ''}
          {line}
        </span>
      ))}
    </div>
  );
}

const PITCH = STACK_ITEM_HEIGHT + STACK_ITEM_GAP;
const SEP = '\n';
/** Bar fills in the overview: without a border (under half a pixel there), a shade darker than the boxes. */
const BAR_FILL: Partial<Record<Position['kind'], string>> = { fungsional: '#b9e0c8', pelaksana: '#f4d6a6' };

/** All bars of a stack as one gradient: one thing to paint per stack instead of a bordered box per item. */
function barsImage(stack: readonly Position[]): string {
  const stops = stack.map((p, i) => {
    const top = i * PITCH;
    const fill = BAR_FILL[p.kind] ?? '#d9dee4';
    return `${fill} ${top}px ${top + STACK_ITEM_HEIGHT}px, transparent ${top + STACK_ITEM_HEIGHT}px ${top + PITCH}px`;
  });
  return `linear-gradient(to bottom, ${stops.join(', ')})`;
}

/**
 * The overview's drawing of a stack: a plain bar per JF/Pelaksana at its usual place, the kedudukan lines as one
 * spine with a tick per bar, and a mark over the few bars with a finding, the selection or the drop target. No
 * text: at this zoom it would be under 4 px.
 */
const StackSummary = memo(function StackSummary({ stack }: { stack: readonly Position[] }) {
  const editor = useEditor();
  const ids = useMemo(() => new Set(stack.map((p) => p.id)), [stack]);
  const image = useMemo(() => barsImage(stack), [stack]);
  // each selector answers a string, so the summary re-renders only when one of its own bars changes
  const worst = useStore(editor.findings, (s) => stack.map((p) => s.worstBySubject.get(p.id) ?? '').join(SEP));
  const selected = useStore(editor, (s) => (s.selection.length ? s.selection.filter((id) => ids.has(id)).join(SEP) : ''));
  const drop = useStore(editor.dropTarget, (s) => (s.targetId !== null && ids.has(s.targetId) ? `${s.targetId}${SEP}${s.verdict}` : ''));
  const worstOf = worst.split(SEP);
  const selectedSet = new Set(selected.split(SEP));
  const [dropId, dropVerdict] = drop.split(SEP);
  const mid = STACK_ITEM_HEIGHT / 2;
  const spine: React.CSSProperties = {
    left: -STACK_OFFSET_X / 2,
    width: STACK_OFFSET_X / 2,
    height: Math.max(BOX_HEIGHT / 2, (stack.length - 1) * PITCH + mid) + 1,
    backgroundImage: `repeating-linear-gradient(to bottom, transparent 0 ${mid - 0.7}px, var(--stack-line) ${mid - 0.7}px ${mid + 0.7}px, transparent ${mid + 0.7}px ${PITCH}px)`,
  };
  const marks = stack.flatMap((p, i) => {
    const classes = [
      worstOf[i] && worstOf[i] !== 'info' ? `has-${worstOf[i]}` : '',
      selectedSet.has(p.id) ? 'is-selected' : '',
      dropId === p.id ? `drop-${dropVerdict}` : '',
    ].filter(Boolean);
    return classes.length ? [{ id: p.id, i, className: classes.join(' ') }] : [];
  });
  return (
    <div
      className="stack-summary"
      style={{ left: BOX_WIDTH + STACK_OFFSET_X, width: STACK_ITEM_WIDTH, height: stackHeight(stack.length), backgroundImage: image }}
      aria-hidden
    >
      <div className="stack-spine" style={spine} />
      <div className="stack-stub" style={{ left: -STACK_OFFSET_X, top: BOX_HEIGHT / 2 - 0.7, width: STACK_OFFSET_X / 2 }} />
      {marks.map((m) => (
        <div
          key={m.id}
          className={`stack-mark ${m.className}`}
          data-testid={`stack-mark-${m.id}`}
          style={{ top: m.i * PITCH, height: STACK_ITEM_HEIGHT }}
        />
      ))}
    </div>
  );
});

function sameData(a: PositionNodeData, b: PositionNodeData): boolean {
  return (
    a === b ||
    (a.subordinateCount === b.subordinateCount &&
      a.collapsed === b.collapsed &&
      a.stack === b.stack &&
      sameExceptPlacement(a.position, b.position))
  );
}

/** Node props change on every drag frame (positionAbsoluteX/Y, dragging); the drawing depends on these alone. */
function sameNode(a: NodeProps<PositionFlowNode>, b: NodeProps<PositionFlowNode>): boolean {
  return a.id === b.id && a.selected === b.selected && sameData(a.data, b.data);
}

export const BoxNode = memo(function BoxNode(props: NodeProps<PositionFlowNode>) {
  const { stack } = props.data;
  if (!stack) return <NodeBody id={props.id} data={props.data} selected={props.selected} variant="box" />;
  return (
    <div className="pos-block">
      <NodeBody id={props.id} data={props.data} selected={props.selected} variant="box" style={BOX_SIZE} />
      <StackSummary stack={stack} />
    </div>
  );
}, sameNode);

export const StackItemNode = memo(function StackItemNode(props: NodeProps<PositionFlowNode>) {
  return <NodeBody id={props.id} data={props.data} selected={props.selected} variant="stackItem" />;
}, sameNode);
