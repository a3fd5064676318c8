// Controls shared by the group widgets: the group (C_N or D_N, written to the page store) and
// an element picker that lists the group's elements by name.
import type { PlanarGroup } from '../../math';
import type { GroupKind } from '../../state/groupAction';
import { DISPLAY_SIZES, setSharedGroup } from './displayGroup';
import { ElementChip } from './ElementLabel';

export function GroupPicker({
  group,
  kinds = ['C', 'D'],
  sizes = DISPLAY_SIZES,
  onChange = setSharedGroup,
}: {
  group: PlanarGroup;
  kinds?: readonly GroupKind[];
  sizes?: readonly number[];
  onChange?: (kind: GroupKind, n: number) => void;
}) {
  return (
    <label>
      Group{' '}
      <select
        aria-label="Group"
        value={group.name}
        onChange={(e) => onChange(e.target.value[0] as GroupKind, Number(e.target.value.slice(1)))}
      >
        {kinds.flatMap((k) =>
          sizes.map((n) => (
            <option key={`${k}${n}`} value={`${k}${n}`}>
              {k}
              {n}
            </option>
          )),
        )}
      </select>
    </label>
  );
}

export function ElementPicker({
  group,
  label,
  value,
  onChange,
}: {
  group: PlanarGroup;
  label: string;
  value: number;
  onChange: (a: number) => void;
}) {
  return (
    <label className="element-picker">
      {label}{' '}
      <select aria-label={label} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: group.order }, (_, a) => (
          <option key={a} value={a}>
            {group.label(a)}
          </option>
        ))}
      </select>{' '}
      <ElementChip group={group} a={value} />
    </label>
  );
}
