/**
 * A colour key beside a chart: a swatch and a word a series. Hidden from screen readers: the
 * chart's table and statement say the same in words.
 */
export function SwatchKey({ className, items }: { className: string; items: readonly { key: string; colour: string; label: string }[] }) {
  return (
    <ul className={className} aria-hidden="true">
      {items.map((i) => (
        <li key={i.key}>
          <span className="ramp-key__swatch" style={{ background: i.colour }} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
